import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editions, findEdition } from '../editions/index.ts';
import { loadContent } from '../pipeline/content/load-content.ts';
import { formatProblem } from '../pipeline/lib/problems.ts';
import { resolvePaths } from '../pipeline/paths.ts';
import { runPipeline } from '../pipeline/run.ts';

/**
 * `ATLAS_EDITION=orlando`: the site built (Astro, into a temp folder) for the starter edition mentions
 * nothing of another edition: not its region ("Tampa"), its companies, roles or curated list, nor its
 * site address, on any page, embed card, API or oEmbed file, sitemap or `_headers`.
 */

const edition = findEdition('orlando');
let outDir: string;

beforeAll(() => {
  const paths = resolvePaths({ ...process.env, ATLAS_EDITION: edition.id, ATLAS_CATALOG: undefined, ATLAS_CONTENT: undefined });
  const catalogPath = join(mkdtempSync(join(tmpdir(), 'atlas-orlando-')), 'catalog.sqlite');
  return (async () => {
    const problems = await runPipeline({ root: paths.sources.root, outPath: catalogPath, config: edition, contentDir: paths.contentDir, enrichmentDir: paths.enrichmentDir, log: () => {} });
    expect(problems.list.map(formatProblem)).toEqual([]);
    // Inside the project: for an outDir outside it, Astro stages the pages in the project's `.astro/`.
    mkdirSync('node_modules/.cache', { recursive: true });
    outDir = mkdtempSync(join(process.cwd(), 'node_modules/.cache/atlas-orlando-site-'));
    const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { ...process.env, ATLAS_EDITION: edition.id, ATLAS_CATALOG: catalogPath },
      encoding: 'utf8',
    });
    if (astro.status !== 0) throw new Error(`astro build of the Orlando edition failed (exit ${astro.status}):\n${astro.stdout.slice(-3000)}\n${astro.stderr.slice(-3000)}`);
  })();
}, 240_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** What would show another edition's content: its words, its company and role addresses, its curated notes and its site. */
function otherEditionMarkers(): { label: string; test: (text: string) => boolean }[] {
  const markers: { label: string; test: (text: string) => boolean }[] = [];
  const literal = (label: string, needle: string) => markers.push({ label, test: (text) => text.includes(needle) });
  for (const other of editions.filter((e) => e.id !== edition.id)) {
    const { contentDir } = resolvePaths({ ATLAS_EDITION: other.id });
    const loaded = loadContent(contentDir, resolve('.'), []);
    const region = new RegExp(`\\b${other.region.name.split(/\s+/)[0]}\\b`, 'i');
    markers.push({ label: `${other.id} region "${region.source}"`, test: (text) => region.test(text) });
    literal(`${other.id} site`, new URL(other.site.url).host);
    for (const c of loaded.companies) {
      literal(`${other.id} company page`, `/companies/${c.slug}/`);
      // As an element's whole text (a link, a heading, a card): "Spectrum" is also a word in O*NET's tool lists.
      if (c.value) literal(`${other.id} company name`, `>${c.value.name.replace(/&/g, '&amp;')}<`);
    }
    for (const r of loaded.roles) literal(`${other.id} role page`, `/roles/${r.slug}/`);
    for (const o of loaded.highDemand?.value?.occupations ?? []) if (o.note) literal(`${other.id} curated note`, o.note);
  }
  return markers;
}

describe(`the ${edition.id} edition's built site`, () => {
  it('mentions no other edition on any page or file', () => {
    const markers = otherEditionMarkers();
    // Non-vacuous: Tampa Bay's companies, roles and curated notes are among the markers.
    expect(markers.length).toBeGreaterThan(30);
    expect(markers.some((m) => m.test('<a href="/companies/baycare/">BayCare</a>'))).toBe(true);
    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|json|xml|txt)$|_headers$/.test(f) && !f.startsWith('pagefind'));
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(3000);
    const found: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(outDir, file), 'utf8');
      // Each OEWS wages file lists every metropolitan area's wages by design (the "wages in another area" data): naming
      // the Tampa MSA there is release data, not another edition's content; every other marker still applies.
      const applies = file.startsWith('api/v1/wages/') ? markers.filter((m) => !m.label.includes('region')) : markers;
      for (const marker of applies) if (marker.test(text)) found.push(`${file}: ${marker.label}`);
    }
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('points every embed snippet, API and oEmbed link at its own site', () => {
    const card = readFileSync(join(outDir, 'occupations/29-1141.00/index.html'), 'utf8');
    expect(card).toContain(`data-atlas-embed href=&quot;${edition.site.url}/occupations/29-1141.00/&quot;`);
    expect(card).toContain(`src=&quot;${edition.site.url}/embed.js&quot;`);
    const oembed = JSON.parse(readFileSync(join(outDir, 'api/v1/oembed/occupations/29-1141.00.json'), 'utf8')) as { provider_url?: string; provider_name?: string; html?: string };
    expect(oembed.provider_name).toBe(edition.site.title);
    expect(oembed.provider_url).toBe(`${edition.site.url}/`);
    expect(oembed.html).toContain(`${edition.site.url}/embed/occupations/29-1141.00/`);
    const occupation = readFileSync(join(outDir, 'api/v1/occupations/29-1141.00.json'), 'utf8');
    expect(occupation).toContain(edition.site.url);
  });

  it('offers no curated list it does not have and claims no employers', () => {
    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('No local employer has listed an open role yet.');
    expect(home).not.toContain('who is hiring');
    const highDemand = readFileSync(join(outDir, 'occupations/high-demand/index.html'), 'utf8');
    expect(highDemand).toContain(`${edition.region.name} has no curated priority list yet.`);
    expect(highDemand).not.toContain(`${edition.region.name} priority`);
    expect(readFileSync(join(outDir, 'occupations/index.html'), 'utf8')).not.toContain('value="curated"');
  });
});
