import { describe, expect, it } from 'vitest';
import { checkLinks, formatReport } from '../scripts/check-links.ts';
import { assertDistBuilt, distDir } from './static-server.ts';

/** Every internal link, asset and #fragment in the built site resolves; external links are well-formed. */
describe('links in dist/', () => {
  it('none is broken', () => {
    assertDistBuilt();
    const report = checkLinks(distDir);
    console.log(formatReport(report, 0));
    expect(report.pages, 'HTML pages read').toBeGreaterThan(1000);
    expect(report.broken, formatReport(report)).toEqual([]);
  });
});
