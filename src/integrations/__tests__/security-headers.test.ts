import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../headers-file.ts';
import { fillHashes, hashesPlaceholder, inlineScriptHashes } from '../security-headers.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes inline classic and module scripts, not external scripts or JSON-LD', () => {
    const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()')]);
  });
});

describe('fillHashes', () => {
  it('replaces every placeholder with the sorted, de-duplicated hashes', () => {
    expect(fillHashes(`/a\n  CSP: script-src ${hashesPlaceholder}\n/b\n  CSP: ${hashesPlaceholder}`, ["'b'", "'a'", "'b'"])).toBe("/a\n  CSP: script-src 'a' 'b'\n/b\n  CSP: 'a' 'b'");
  });

  it('fails without a placeholder, and on a line hosts would drop', () => {
    expect(() => fillHashes('/a\n  X: y', [])).toThrow(/placeholder/);
    expect(() => fillHashes(`/a\n  CSP: ${hashesPlaceholder}`, Array.from({ length: 60 }, (_, i) => sha(String(i))))).toThrow(/longer than 2000/);
  });
});

describe('public/_headers', () => {
  const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
  const csp = (path: string) => headersFor(rules, path)['content-security-policy'] ?? '';

  it('gives every section one CSP: frameable embed cards, DENY everywhere else', () => {
    for (const path of ['/', '/occupations/', '/occupations/29-1141.00/', '/roles/x/', '/companies/', '/programs/1-2-3/', '/search/', '/admin/']) {
      expect(csp(path), path).toMatch(/^default-src 'self';[^,]*frame-ancestors 'none'$/);
      expect(headersFor(rules, path)['x-frame-options'], path).toBe('DENY');
    }
    expect(csp('/embed/occupations/29-1141.00/')).toMatch(/^default-src 'none';[^,]*frame-ancestors \*$/);
    expect(headersFor(rules, '/embed/roles/x/')['x-frame-options']).toBeUndefined();
  });

  it("allows WebAssembly only on /search/ and never 'unsafe-inline' scripts", () => {
    expect(csp('/search/')).toContain("'wasm-unsafe-eval'");
    expect(csp('/occupations/')).not.toContain("'wasm-unsafe-eval'");
    for (const rule of rules) for (const [, value] of rule.headers) expect(value).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  it('sends nosniff and a referrer policy everywhere, and CORS for the API only', () => {
    for (const path of ['/', '/embed.js', '/api/v1/occupations.json', '/embed/occupations/29-1141.00/']) {
      expect(headersFor(rules, path)['x-content-type-options']).toBe('nosniff');
      expect(headersFor(rules, path)['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
    expect(headersFor(rules, '/api/v1/wages/29-1141.json')['access-control-allow-origin']).toBe('*');
    expect(headersFor(rules, '/occupations/')['access-control-allow-origin']).toBeUndefined();
  });
});

describe('headersFor', () => {
  it('joins a header two matching rules set, as Netlify and Cloudflare do', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n/a/*\n  X-A: 2\n  X-B: 3\n');
    expect(headersFor(rules, '/a/b')).toEqual({ 'x-a': '1, 2', 'x-b': '3' });
    expect(headersFor(rules, '/b')).toEqual({ 'x-a': '1' });
  });
});
