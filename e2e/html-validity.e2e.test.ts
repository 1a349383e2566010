import { describe, expect, it } from 'vitest';
import { distFile, samplePages } from './page-sample.ts';
import { assertDistBuilt, distDir } from './static-server.ts';
import { formatVnu, runVnu, vnuErrors } from './vnu.ts';

/** The Nu HTML Checker over three built pages of every type: zero errors, warnings counted. */
describe('Nu HTML Checker', () => {
  it('finds no errors in a sample of every page type', () => {
    assertDistBuilt();
    const sample = samplePages(3);
    const messages = runVnu(sample.map((p) => distFile(p.path)));
    const errors = vnuErrors(messages);
    const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');

    const types = [...new Set(sample.map((p) => p.type))];
    console.log(`vnu: ${sample.length} pages (${types.join(', ')}): ${errors.length} errors, ${warnings.length} warnings`);
    if (warnings.length) console.log(formatVnu(warnings, distDir));
    expect(errors.length, `HTML errors:\n${formatVnu(errors, distDir)}`).toBe(0);
  });
});
