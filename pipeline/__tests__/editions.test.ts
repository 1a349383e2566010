import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultEditionId, editions } from '../../editions/index.ts';
import { formatReport } from '../../scripts/build-all.ts';
import { planEditionsMatrix } from '../../scripts/editions-matrix.ts';
import { resolvePaths, resolveSelectedPaths } from '../paths.ts';

const repoRoot = resolve(import.meta.dirname, '../..');

/** The folder variables `pipeline/paths.ts` resolves; reading one anywhere else would resolve it a second way. */
const FOLDER_VARIABLE_READ = /\benv(?:\.|\[['"])(ATLAS_(?:EDITIONS?|SOURCES|CONTENT|CATALOG|ENRICHMENT|DIST))\b(?!['"]?\]?\s*=[^=])/g;

function folderVariableReads(text: string): string[] {
  return [...text.matchAll(FOLDER_VARIABLE_READ)].map((m) => m[1]);
}

describe('editions', () => {
  it('lists every edition folder in editions/index.ts, under its folder name, each with a content folder', () => {
    const folders = readdirSync(join(repoRoot, 'editions'), { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('_')).map((e) => e.name);
    expect(editions.map((e) => e.id).sort()).toEqual(folders.sort());
    expect(folders).toContain(defaultEditionId);
    for (const id of folders) expect(existsSync(join(repoRoot, 'editions', id, 'content')), `editions/${id}/content/`).toBe(true);
  });

  it('gives each edition its own MSA and site URL', () => {
    for (const key of [(e: (typeof editions)[number]) => e.region.msa.code, (e: (typeof editions)[number]) => e.site.url]) {
      expect(new Set(editions.map(key)).size).toBe(editions.length);
    }
    for (const e of editions) {
      expect(e.region.msa.code).toMatch(/^\d{5}$/);
      expect(e.region.state.code).toMatch(/^[A-Z]{2}$/);
      expect(new URL(e.site.url).protocol).toBe('https:');
    }
  });
});

describe('pipeline/paths.ts', () => {
  it('defaults to Tampa Bay in the folders used before editions existed', () => {
    const paths = resolvePaths({});
    expect(paths.edition.id).toBe('tampa-bay');
    expect(paths.contentDir).toBe(resolve('editions/tampa-bay/content'));
    expect(paths.catalogPath).toBe(resolve('data/build/catalog.sqlite'));
    expect(paths.distDir).toBe(resolve('dist'));
    expect(paths.sources).toEqual({ root: resolve('data/sources'), fromEnv: false });
  });

  it('gives another edition its own content and build folders', () => {
    const paths = resolvePaths({ ATLAS_EDITION: 'orlando' });
    expect(paths.edition.region.msa.code).toBe('36740');
    expect(paths.contentDir).toBe(resolve('editions/orlando/content'));
    expect(paths.buildDir).toBe(resolve('data/build/orlando'));
  });

  it('names the editions there are when ATLAS_EDITION names none of them', () => {
    expect(() => resolvePaths({ ATLAS_EDITION: 'tampa' })).toThrow('ATLAS_EDITION: got "tampa", expected one of the editions in editions/: tampa-bay, orlando');
  });

  it('selects every edition, a list, or one; one edition\'s folder variables apply only to one edition', () => {
    expect(resolveSelectedPaths({}).map((p) => p.edition.id)).toEqual(editions.map((e) => e.id));
    expect(resolveSelectedPaths({ ATLAS_EDITIONS: 'orlando, tampa-bay' }).map((p) => p.edition.id)).toEqual(['orlando', 'tampa-bay']);
    const both = resolveSelectedPaths({ ATLAS_CONTENT: 'fixture', ATLAS_CATALOG: 'x.sqlite' });
    expect(new Set(both.map((p) => p.contentDir)).size).toBe(2);
    expect(resolveSelectedPaths({ ATLAS_EDITION: 'orlando', ATLAS_CONTENT: 'fixture' })).toMatchObject([{ contentDir: resolve('fixture') }]);
  });

  it('is the only module that reads the folder variables', () => {
    // Split so that this file holds no read itself: two reads, then a write (tests point variables at fixtures).
    const sample = ["const dir = process.env.ATLAS_", "CONTENT || 'x'; env['ATLAS_", "DIST']; process.env.ATLAS_", 'CATALOG = path;'].join('');
    expect(folderVariableReads(sample)).toEqual(['ATLAS_CONTENT', 'ATLAS_DIST']);
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.mjs', '*.astro', '*.tsx'], { cwd: repoRoot, encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(files.length).toBeGreaterThan(100);
    const readers = files
      .filter((file) => file !== 'pipeline/paths.ts' && existsSync(join(repoRoot, file)))
      .flatMap((file) => folderVariableReads(readFileSync(join(repoRoot, file), 'utf8')).map((name) => `${file}: ${name}`));
    expect(readers).toEqual([]);
  });
});

describe('the CI matrix of editions (scripts/editions-matrix.ts)', () => {
  it('puts every edition in exactly one job, in order, at most per-job to a job', () => {
    const ids = Array.from({ length: 45 }, (_, i) => `metro-${i}`);
    const { include } = planEditionsMatrix(ids, 20);
    expect(include.map((job) => job.group)).toEqual(['1', '2', '3']);
    expect(include.map((job) => job.editions.split(',').length)).toEqual([20, 20, 5]);
    expect(include.flatMap((job) => job.editions.split(','))).toEqual(ids);
    expect(planEditionsMatrix(editions.map((e) => e.id), 20).include).toEqual([{ group: '1', editions: editions.map((e) => e.id).join(',') }]);
  });
});

describe('the build:all report', () => {
  it('prints seconds, CPU seconds, pages and peak memory per edition, and the cost of each further edition against the first with the import', () => {
    const step = (name: string, seconds: number, cpuSeconds: number, peakMb: number) => ({ step: name, seconds, cpuSeconds, peakMb });
    const edition = (id: string, seconds: number, cpuSeconds: number, pages: number) => ({ edition: id, dist: `dist/${id}`, seconds, cpuSeconds, pages, peakMb: 900, steps: [step('catalog', 2, 2, 300), step('astro', seconds - 2, cpuSeconds - 2, 900)] });
    const lines = formatReport({ base: step('base import', 10, 8, 480), editions: [edition('tampa-bay', 30, 24, 3328), edition('orlando', 20, 16, 3179)] });
    expect(lines[1]).toMatch(/^\(base import\)\s+10\.0\s+8\.0\s+480 MB/);
    expect(lines[2]).toMatch(/^tampa-bay\s+30\.0\s+24\.0\s+3,328\s+900 MB\s+2\.0 \/ 28\.0$/);
    expect(lines.at(-2)).toBe('  by wall time: orlando 50 % of the first\'s 40.0 s (base import included)');
    expect(lines.at(-1)).toBe('  by CPU time: orlando 50 % of the first\'s 32.0 s (base import included)');
  });
});
