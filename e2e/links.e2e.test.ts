import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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

  it('the checker finds each kind of broken link in a made-up site', () => {
    const dist = mkdtempSync(join(tmpdir(), 'atlas-links-'));
    const page = (path: string, body: string) => {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`);
    };
    page('index.html', `<main id="main">
      <a href="/a/">ok</a> <a href="a/#part">ok relative</a> <a href="#main">ok here</a> <a href="https://tampabay.occupationatlas.org/a/">ok own origin</a>
      <a href="https://example.com/x?y=1">ok external</a> <a href="mailto:team@example.com">ok mail</a> <img src="/logo.svg" alt="">
      <a href="/missing/">no page</a> <a href="/a">no slash</a> <a href="/a/#nowhere">no anchor</a> <a href="javascript:alert(1)">script</a>
      <a href="https://exa mple.com/">bad host</a> <a href="">empty</a> <img src="/gone.png" alt=""></main>`);
    page('a/index.html', '<h2 id="part">Part</h2>');
    writeFileSync(join(dist, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

    const report = checkLinks(dist);
    expect(report.broken.map((b) => `${b.url} — ${b.reason}`)).toEqual([
      '/missing/ — no page there',
      '/a — missing trailing slash (the page is /a/)',
      '/a/#nowhere — no id="nowhere" in a/index.html',
      'javascript:alert(1) — javascript: URLs are not allowed',
      'https://exa mple.com/ — not a valid URL',
      ' — empty URL',
      '/gone.png — no file there',
    ]);
  });
});
