import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverPageSections, headersFor, parseHeadersFile } from '../headers-file.ts';
import { fillHashes, hashesPlaceholder, inlineScriptHashes } from '../security-headers.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes inline classic and module scripts, not external scripts or JSON-LD', () => {
    const html = `<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script>`;
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()')]);
  });

  it('never hashes script-like text from content: attribute values and escaped text are not scripts', () => {
    const own = `<script>document.documentElement.classList.add('js')</script>`;
    const hostile = `<meta property="og:title" content="Nurse <script>alert('title')</script>"><meta name="description" content='<script>alert(2)</script>'><p>&lt;script&gt;alert(3)&lt;/script&gt;</p>`;
    expect(inlineScriptHashes(`<head>${hostile}${own}</head>`)).toEqual(inlineScriptHashes(own));
    expect(inlineScriptHashes(own)).toEqual([sha("document.documentElement.classList.add('js')")]);
  });
});

describe('coverPageSections', () => {
  const template = `/*\n  X-A: 1\n  Content-Security-Policy: wide\n/\n  Content-Security-Policy: page\n  X-Frame-Options: DENY\n/embed/*\n  Content-Security-Policy: card\n`;

  it("gives a page section without a rule of its own, and the 404 page, the home page's rules", () => {
    const { text, added } = coverPageSections(template, ['/index.html', '/catalog/index.html', '/catalog/jobs/index.html', '/404.html', '/embed/x/index.html']);
    expect(added).toEqual(['/catalog/*', '/404.html']);
    const rules = parseHeadersFile(text);
    expect(headersFor(rules, '/catalog/jobs/')).toEqual({ 'x-a': '1', 'content-security-policy': 'wide, page', 'x-frame-options': 'DENY' });
    expect(headersFor(rules, '/404.html')['x-frame-options']).toBe('DENY');
    expect(headersFor(rules, '/embed/x/')['content-security-policy']).toBe('wide, card');
  });

  it('leaves a file whose sections all have rules as it was', () => {
    expect(coverPageSections(template, ['/index.html', '/embed/x/index.html'])).toEqual({ text: template, added: [] });
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

  /** The CSP every response gets (under /*), then the section's own. */
  const [wide, ...more] = csp('/no/such/page/').split(', ');

  it('gives every response, a 404 at any address included, a CSP that runs only the site’s scripts', () => {
    expect(more).toEqual([]);
    expect(wide).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'inline-script-hashes' 'unsafe-eval';.* object-src 'none'; base-uri 'self'/);
    expect(wide).not.toContain('frame-ancestors');
  });

  it('narrows it per section: frameable embed cards, DENY everywhere else', () => {
    for (const path of ['/', '/occupations/', '/occupations/29-1141.00/', '/roles/x/', '/companies/', '/programs/1-2-3/', '/search/', '/admin/']) {
      expect(csp(path), path).toMatch(new RegExp(`^${wide.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, default-src 'self';[^,]*frame-ancestors 'none'$`));
      expect(headersFor(rules, path)['x-frame-options'], path).toBe('DENY');
    }
    expect(csp('/embed/occupations/29-1141.00/')).toMatch(/, default-src 'none';[^,]*frame-ancestors \*$/);
    expect(headersFor(rules, '/embed/roles/x/')['x-frame-options']).toBeUndefined();
  });

  it("asks in no section for a source the /* CSP forbids (both apply, so it would be blocked): the admin's GitHub API, avatars and blob: previews are in both", () => {
    /** Directives that fall back to default-src when a policy leaves them out. */
    const fetchDirectives = new Set(['script-src', 'style-src', 'img-src', 'font-src', 'connect-src', 'object-src', 'media-src', 'frame-src', 'worker-src', 'manifest-src', 'child-src']);
    const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));
    const allowed = directives(wide);
    const blocked: string[] = [];
    for (const rule of rules) {
      if (rule.pattern === '/*') continue;
      for (const [name, value] of rule.headers) {
        if (name.toLowerCase() !== 'content-security-policy') continue;
        for (const [directive, sources] of directives(value)) {
          const widest = allowed.get(directive) ?? (fetchDirectives.has(directive) ? allowed.get('default-src') : undefined);
          if (!widest) continue;
          for (const source of sources) if (source !== "'none'" && !widest.includes(source)) blocked.push(`${rule.pattern} ${directive} ${source}`);
        }
      }
    }
    expect(blocked).toEqual([]);
    expect(csp('/admin/').split(', ')[1]).toMatch(/img-src [^;]*blob: https:\/\/avatars\.githubusercontent\.com;.*connect-src 'self' https:\/\/api\.github\.com;/);
    expect(csp('/occupations/').split(', ')[1]).toMatch(/img-src 'self' data:;.*connect-src 'self';/);
  });

  it('lets logos, the favicon and bundled assets run nothing when opened on their own', () => {
    for (const path of ['/logos/acme.svg', '/favicon.svg', '/_astro/logo.abc123.svg']) {
      expect(csp(path), path).toMatch(/, default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; sandbox; frame-ancestors 'none'$/);
    }
  });

  it("allows eval only on /admin/ (Decap compiles its config schema with AJV): every other section's CSP forbids it", () => {
    expect(csp('/admin/').split(', ')[1]).toContain("'unsafe-eval'");
    const evalAllowed = rules.filter((rule) => rule.headers.some(([name, value]) => name.toLowerCase() === 'content-security-policy' && value.includes("'unsafe-eval'")));
    expect(evalAllowed.map((rule) => rule.pattern)).toEqual(['/*', '/admin/*']);
    for (const path of ['/', '/occupations/', '/roles/x/', '/search/', '/embed/occupations/29-1141.00/', '/api/v1/occupations.json', '/logos/acme.svg']) {
      expect(csp(path).split(', ')[1], path).not.toContain("'unsafe-eval'");
    }
  });

  it("allows WebAssembly only on /search/ and never 'unsafe-inline' scripts", () => {
    expect(csp('/search/').split(', ')[1]).toContain("'wasm-unsafe-eval'");
    expect(csp('/occupations/').split(', ')[1]).not.toContain("'wasm-unsafe-eval'");
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
