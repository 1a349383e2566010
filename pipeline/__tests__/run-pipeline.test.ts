import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCatalog } from '../db/catalog-db.ts';
import { formatProblem, Problems } from '../lib/problems.ts';
import { runPipeline, writeCatalog } from '../run.ts';

const fixtureSources = join(import.meta.dirname, 'fixtures/sources');
let root: string;
let outDir: string;
let outPath: string;
// The fixture files are a few rows each: only the release files' own row counts are left unchecked.
let quiet: { contentDir: string; enrichmentDir: string; log: () => void; rowCounts: 'non-empty' };

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-run-'));
  root = join(dir, 'sources');
  outDir = join(dir, 'build');
  outPath = join(outDir, 'catalog.sqlite');
  cpSync(fixtureSources, root, { recursive: true });
  mkdirSync(outDir);
  // Editors' content is validated against the catalog; these runs use none.
  quiet = { contentDir: join(dir, 'content'), enrichmentDir: join(dir, 'enrichment'), log: () => {}, rowCounts: 'non-empty' };
});

describe('runPipeline', () => {
  it('builds a catalog from release files in the publishers formats, with a coverage report', async () => {
    const problems = await runPipeline({ root, outPath, ...quiet });
    expect(problems.list).toEqual([]);
    const db = new Database(outPath, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM occupations').pluck().get()).toBe(4);
    expect(db.prepare(`SELECT a_median FROM wages WHERE area_type = 'msa' AND soc_code = '29-1141'`).pluck().get()).toBe(85470);
    db.close();
    expect(readFileSync(join(outDir, 'coverage-report.md'), 'utf8')).toMatch(/\| task statements \| 3 \(75 %\) \|/);
  });

  it('collects every bad row, fails, and leaves the previous catalog and no temp file behind', async () => {
    expect((await runPipeline({ root, outPath, ...quiet })).size).toBe(0);
    const before = readFileSync(outPath);
    appendFileSync(join(root, 'onet/29.3/txt/Task Statements.txt'), '29-1141.00\tx7\tA task.\tCore\t98\t08/2023\tIncumbent\r\n');
    appendFileSync(join(root, 'oews/national_M2025_dl.csv'), '99,U.S.,1,US,000000,Cross-industry,cross-industry,1235,29-2055,Surgical Technologists,detailed,1000,0.1,,,,,zero,,,,,,,,,,,,,,\n');

    const problems = await runPipeline({ root, outPath, ...quiet });

    expect(problems.list.map(formatProblem)).toEqual([
      'Task Statements.txt:7 Task ID: got "x7", expected a whole number',
      'national_M2025_dl.csv:8 H_MEAN: got "zero", expected a number or a BLS marker (* ** # ~)',
    ]);
    expect(readFileSync(outPath).equals(before)).toBe(true);
    expect(readdirSync(outDir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('imports work styles, work values (extents only) and detailed work activities, and names an unknown DWA', async () => {
    expect((await runPipeline({ root, outPath, ...quiet })).size).toBe(0);
    const db = new Database(outPath, { readonly: true });
    expect(db.prepare(`SELECT element_name FROM work_styles WHERE occupation_code = '29-1141.00' ORDER BY importance DESC`).pluck().all()).toEqual(['Dependability', 'Concern for Others']);
    expect(db.prepare(`SELECT count(*) FROM work_values`).pluck().get()).toBe(2);
    expect(db.prepare(`SELECT d.title FROM task_activities t JOIN detailed_work_activities d USING (dwa_id) WHERE t.task_id = 2`).pluck().all()).toEqual(['Maintain medical or professional records.']);
    expect(db.prepare(`SELECT rows_skipped FROM source_files WHERE id = 'onet:Work Values'`).pluck().get()).toContain('high-point');
    db.close();

    appendFileSync(join(root, 'onet/29.3/txt/Tasks to DWAs.txt'), '29-1141.00\t3\tDirect staff.\t4.A.9.z.9.I99.D99\tNo such activity.\t03/2014\tAnalyst\n');
    const problems = await runPipeline({ root, outPath, ...quiet });
    expect(problems.list.map(formatProblem)).toEqual(['Tasks to DWAs.txt:5 DWA ID: got "4.A.9.z.9.I99.D99", expected a DWA ID listed in DWA Reference']);
  });

  it('names a missing source file, where it looked and how to provide it', async () => {
    rmSync(join(root, 'projections/occupation_2024-2034_table_1.2.csv'));
    const problems = await runPipeline({ root, outPath, ...quiet });
    expect(problems.size).toBe(1);
    const message = formatProblem(problems.list[0]);
    expect(message).toContain('Missing source file projections/occupation_2024-2034.xlsx');
    expect(message).toContain(join(root, 'projections/occupation_2024-2034_table_1.2.csv'));
    expect(message).toContain('npm run data:fetch');
    expect(message).toContain('https://www.bls.gov/emp/ind-occ-matrix/occupation.xlsx');
    expect(existsSync(outPath)).toBe(false);
  });

  it('builds without the optional state and metro files, falling back to national wages', async () => {
    rmSync(join(root, 'oews/derived-may2025-medians'), { recursive: true });
    expect((await runPipeline({ root, outPath, ...quiet })).size).toBe(0);
    const db = new Database(outPath, { readonly: true });
    expect(db.prepare(`SELECT DISTINCT area_type FROM wages`).pluck().all()).toEqual(['national']);
    db.close();
  });
});

describe('runPipeline with a catalog folder it cannot write', () => {
  it('names the path and what to do instead of a stack trace', async () => {
    const problems = await runPipeline({ root, outPath: '/sys/atlas/catalog.sqlite', ...quiet });
    expect(problems.list.map(formatProblem)).toEqual([
      expect.stringMatching(/^\/sys\/atlas\/catalog\.sqlite\.tmp-\d+ expected a folder the catalog can be written to \(E[A-Z]+\): make \/sys\/atlas writable, or set ATLAS_CATALOG to a path that is$/),
    ]);
  });
});

describe('runPipeline on a key the database would refuse', () => {
  it('reports a duplicate key with both lines instead of a bare UNIQUE constraint error, and writes no catalog', async () => {
    appendFileSync(join(root, 'onet/29.3/txt/Task Statements.txt'), "29-1141.00\t1\tA second statement with task ID 1.\tCore\t90\t08/2023\tIncumbent\r\n");
    const problems = await runPipeline({ root, outPath, ...quiet });
    expect(problems.list.map(formatProblem)).toEqual([
      'Task Statements.txt:7 Task ID: got "1", expected one row per Task ID; line 2 has the same Task ID with different values',
    ]);
    expect(existsSync(outPath)).toBe(false);
  });
});

describe('writeCatalog', () => {
  it('publishes nothing when a stage after the last explicit check adds a problem, and keeps the previous catalog', () => {
    writeFileSync(outPath, 'the previous catalog');
    const problems = new Problems();
    writeCatalog(outPath, problems, createCatalog, () => problems.add({ file: 'search-index.json', expected: 'a late stage to find no problem' }));
    expect(problems.list.map(formatProblem)).toEqual(['search-index.json expected a late stage to find no problem']);
    expect(readFileSync(outPath, 'utf8')).toBe('the previous catalog');
    expect(readdirSync(outDir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});
