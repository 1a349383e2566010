import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { atlasConfig } from '../atlas.config.ts';
import { inlineScriptHashes } from '../src/integrations/security-headers.ts';
import { headersFor } from '../src/integrations/headers-file.ts';
import { getOccupationPages, getRegionPrograms, getRolePages, listOccupations } from '../src/lib/catalog/index.ts';
import { jsonLdBlocks, jsonLdProblems } from '../test-support/json-ld.ts';
import { siteHeaderRules } from './embed-headers.ts';
import { assertDistBuilt, distDir } from './static-server.ts';

/** The built API, structured data, discovery files and `_headers`, read from `dist/` (no browser). */

const site = atlasConfig.site.url;
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const files = (dir: string, ext: string) =>
  existsSync(join(distDir, dir)) ? (readdirSync(join(distDir, dir), { recursive: true }) as string[]).filter((f) => f.endsWith(ext)).map((f) => join(dir, f)) : [];

beforeAll(() => assertDistBuilt());

describe('static JSON API', () => {
  // ajv-formats is CommonJS: its default export arrives wrapped under Node's ESM loader.
  const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;
  const schemaBase = `${site}/api/v1/schemas/`;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  for (const file of readdirSync('public/api/v1/schemas')) ajv.addSchema(JSON.parse(readFileSync(join('public/api/v1/schemas', file), 'utf8')), schemaBase + file);

  /** Which schema documents a file, by where it lives. */
  const schemaFor = (path: string): string => {
    const [, , kind, rest] = path.split('/');
    if (kind === 'oembed') return 'oembed';
    if (!rest) return kind.replace(/\.json$/, '');
    return { occupations: 'occupation', roles: 'role', programs: 'program', wages: 'wages' }[kind] ?? `unknown (${path})`;
  };

  it('has a file per occupation, role, program, SOC and oEmbed card, and each validates against its JSON Schema', () => {
    const json = files('api/v1', '.json').filter((f) => !f.startsWith('api/v1/schemas/'));
    const count = (dir: string) => json.filter((f) => f.startsWith(`api/v1/${dir}/`)).length;
    expect(count('occupations')).toBe(listOccupations().length);
    expect(count('roles')).toBe(getRolePages().length);
    expect(count('programs')).toBe(getRegionPrograms().length);
    expect(count('wages')).toBe(new Set(listOccupations().map((o) => o.socCode)).size);
    expect(count('oembed')).toBe(listOccupations().length + getRolePages().length);

    const invalid: string[] = [];
    for (const path of json) {
      const validate = ajv.getSchema(`${schemaBase}${schemaFor(path)}.schema.json`);
      if (!validate) throw new Error(`No schema for ${path}`);
      const doc = JSON.parse(read(path));
      if (!validate(doc)) invalid.push(`${path}: ${ajv.errorsText(validate.errors)}`);
      if (doc.api && doc.api !== `${site}/${path}`) invalid.push(`${path}: api is ${doc.api}`);
      if (doc.$schema && doc.$schema !== `${schemaBase}${schemaFor(path)}.schema.json`) invalid.push(`${path}: $schema is ${doc.$schema}`);
    }
    expect(invalid.slice(0, 10)).toEqual([]);
  });

  it('links only to files the build wrote', () => {
    const missing = new Set<string>();
    for (const path of [...files('api/v1/occupations', '.json'), ...files('api/v1/roles', '.json'), 'api/v1/occupations.json']) {
      for (const [, url] of read(path).matchAll(/"(https:\/\/[^"]+)"/g)) {
        if (!url.startsWith(site) || url.includes('/schemas/')) continue;
        const local = new URL(url).pathname;
        if (!existsSync(join(distDir, local.endsWith('/') ? `${local}index.html` : local))) missing.add(url);
      }
    }
    expect([...missing].slice(0, 10)).toEqual([]);
  });
});

describe('structured data', () => {
  const blocks = (path: string) => jsonLdBlocks(read(path)).map((b) => JSON.parse(b));

  it('every occupation page has Occupation JSON-LD with the required fields and the wage the page shows', () => {
    const problems: string[] = [];
    for (const page of getOccupationPages()) {
      const [block, ...extra] = blocks(`occupations/${page.code}/index.html`);
      if (!block || extra.length) problems.push(`${page.code}: ${extra.length + (block ? 1 : 0)} JSON-LD blocks`);
      problems.push(...jsonLdProblems(block).map((p) => `${page.code}: ${p}`));
      const area = page.wages.primary;
      const median = area && (area.hourlyOnly ? area.hourly.median : area.annual.median);
      const shown = block?.['@graph']?.[0]?.estimatedSalary?.[0]?.median;
      if ((median ?? undefined) !== shown) problems.push(`${page.code}: estimatedSalary median ${shown}, page ${median}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('carries the national percentiles wherever the page shows them', () => {
    const rn = blocks('occupations/29-1141.00/index.html')[0]['@graph'];
    const national = rn.find((n: { occupationLocation: { '@type': string }[] }) => n.occupationLocation[0]['@type'] === 'Country');
    expect(national.estimatedSalary[0]).toMatchObject({ currency: 'USD', duration: 'P1Y' });
    for (const key of ['percentile10', 'percentile25', 'median', 'percentile75', 'percentile90']) expect(national.estimatedSalary[0][key]).toBeTypeOf('number');
  });

  it('role pages have JobPosting JSON-LD only for real listings, program pages EducationalOccupationalProgram', () => {
    const problems: string[] = [];
    for (const role of getRolePages()) {
      const found = blocks(`roles/${role.slug}/index.html`);
      const postings = found.filter((b) => b['@type'] === 'JobPosting');
      if (postings.length !== (role.isExample ? 0 : 1)) problems.push(`${role.slug}: ${postings.length} JobPosting (example: ${role.isExample})`);
      for (const b of found) problems.push(...jsonLdProblems(b).map((p) => `${role.slug}: ${p}`));
    }
    for (const program of getRegionPrograms()) {
      const found = blocks(`programs/${program.id}/index.html`);
      if (found.length !== 1 || found[0]['@type'] !== 'EducationalOccupationalProgram') problems.push(`${program.id}: ${found.length} blocks`);
      for (const b of found) problems.push(...jsonLdProblems(b).map((p) => `${program.id}: ${p}`));
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });
});

describe('discoverability', () => {
  const meta = (html: string, attr: string, key: string) => html.match(new RegExp(`<meta ${attr}="${key.replace(/[:.]/g, '\\$&')}" content="([^"]*)"`))?.[1];

  it('pages carry canonical, Open Graph, Twitter card and oEmbed links from the site setting', () => {
    const problems: string[] = [];
    const pages = [
      ...listOccupations().map((o) => [`/occupations/${o.code}/`, `/api/v1/oembed/occupations/${o.code}.json`]),
      ...getRolePages().map((r) => [`/roles/${r.slug}/`, `/api/v1/oembed/roles/${r.slug}.json`]),
      ['/', null],
      ['/programs/', null],
    ] as const;
    for (const [path, oembed] of pages) {
      const html = read(`${path.slice(1)}index.html`);
      if (!html.includes(`<link rel="canonical" href="${site}${path}">`)) problems.push(`${path}: canonical`);
      if (meta(html, 'property', 'og:url') !== `${site}${path}`) problems.push(`${path}: og:url`);
      for (const key of ['og:title', 'og:description', 'og:site_name']) if (!meta(html, 'property', key)) problems.push(`${path}: ${key}`);
      if (meta(html, 'name', 'twitter:card') !== 'summary') problems.push(`${path}: twitter:card`);
      const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/)?.[1];
      if (oembed && (link !== `${site}${oembed}` || !existsSync(join(distDir, oembed)))) problems.push(`${path}: oEmbed link ${link}`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('has a sitemap index without embed or API pages, robots.txt pointing at it, and a 404 page', () => {
    expect(read('sitemap-index.xml')).toContain(`<loc>${site}/sitemap-0.xml</loc>`);
    const sitemap = files('.', '.xml').filter((f) => /sitemap-\d+\.xml$/.test(f)).map(read).join('');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toContain(`${site}/occupations/29-1141.00/`);
    expect(locs.filter((l) => /\/(embed|api)\/|\/404\/?$/.test(l))).toEqual([]);
    expect(read('robots.txt')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
    const notFound = read('404.html');
    expect(notFound).toContain('<meta name="robots" content="noindex">');
    expect(notFound).not.toContain('rel="canonical"');
  });

  it('embed cards are kept out of search results on their own', () => {
    expect(read(`embed/occupations/${listOccupations()[0].code}/index.html`)).toContain('<meta name="robots" content="noindex, indexifembedded">');
  });
});

describe('_headers', () => {
  const rules = siteHeaderRules();
  const htmlPaths = files('.', '.html').map((f) => `/${f.replace(/index\.html$/, '').replace(/^\.\//, '')}`);

  it('lets any site frame the embed cards and no site frame anything else: the site-wide CSP and one of its section', () => {
    const problems: string[] = [];
    for (const path of htmlPaths) {
      const h = headersFor(rules, path);
      const csp = h['content-security-policy'] ?? '';
      if (csp.split(/,\s*default-src/).length !== 2) problems.push(`${path}: ${csp ? 'not one section CSP' : 'no CSP'}`);
      if (path.startsWith('/embed/')) {
        if (!csp.includes('frame-ancestors *') || h['x-frame-options']) problems.push(`${path}: not frameable`);
      } else if (!csp.includes("frame-ancestors 'none'") || h['x-frame-options'] !== 'DENY') problems.push(`${path}: frameable`);
      if (h['x-content-type-options'] !== 'nosniff' || !h['referrer-policy']) problems.push(`${path}: nosniff / Referrer-Policy`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(headersFor(rules, '/search/')['content-security-policy']?.split(/,\s*default-src/)[1]).toContain("'wasm-unsafe-eval'");
    // The site-wide CSP allows what any page needs; the section's own CSP is what narrows it.
    expect(headersFor(rules, '/occupations/29-1141.00/')['content-security-policy']?.split(/,\s*default-src/)[1]).not.toContain("'wasm-unsafe-eval'");
  });

  it("allows every inline script a page runs, by hash, without 'unsafe-inline'", () => {
    const problems: string[] = [];
    for (const path of htmlPaths) {
      const csp = headersFor(rules, path)['content-security-policy'] ?? '';
      if (csp.includes("'unsafe-inline'") && /script-src[^;]*'unsafe-inline'/.test(csp)) problems.push(`${path}: unsafe-inline scripts`);
      for (const hash of inlineScriptHashes(read(path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`))) {
        if (!csp.includes(hash)) problems.push(`${path}: ${hash}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(read('_headers')).not.toContain("'inline-script-hashes'");
  });

  it('opens the API to every origin', () => {
    expect(headersFor(rules, '/api/v1/occupations/29-1141.00.json')['access-control-allow-origin']).toBe('*');
    expect(headersFor(rules, '/occupations/29-1141.00/')['access-control-allow-origin']).toBeUndefined();
  });
});
