import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../lib/problems.ts';
import { runPipeline } from '../run.ts';

const fixtureSources = join(import.meta.dirname, 'fixtures/sources');
let root: string;
let outDir: string;
let outPath: string;
let quiet: { contentDir: string; enrichmentDir: string; log: () => void };

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-run-'));
  root = join(dir, 'sources');
  outDir = join(dir, 'build');
  outPath = join(outDir, 'catalog.sqlite');
  cpSync(fixtureSources, root, { recursive: true });
  mkdirSync(outDir);
  // Editors' content is validated against the catalog; these runs use none.
  quiet = { contentDir: join(dir, 'content'), enrichmentDir: join(dir, 'enrichment'), log: () => {} };
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

describe('runPipeline on input the database refuses', () => {
  it('reports a duplicate key as a problem instead of crashing, and writes no catalog', async () => {
    appendFileSync(join(root, 'onet/29.3/txt/Task Statements.txt'), "29-1141.00\t1\tA second statement with task ID 1.\tCore\t90\t08/2023\tIncumbent\r\n");
    const problems = await runPipeline({ root, outPath, ...quiet });
    expect(problems.list.map(formatProblem)).toEqual([
      expect.stringMatching(/catalog\.sqlite expected the import to finish, but it stopped: UNIQUE constraint failed: tasks\.task_id/),
    ]);
    expect(existsSync(outPath)).toBe(false);
  });
});
