import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../lib/problems.ts';
import { MAX_FIELD_CHARS } from '../lib/read-table.ts';
import { runPipeline } from '../run.ts';

/**
 * Each class of damaged release file the pipeline can meet, made from the hand-written fixtures: every case
 * ends in a located refusal (and no catalog) or in a correct import, never in a wrong catalog that "succeeds".
 */

const fixtureSources = join(import.meta.dirname, 'fixtures/sources');
const national = 'oews/national_M2025_dl.csv';
const tasks = 'onet/29.3/txt/Task Statements.txt';
const occupations = 'onet/29.3/txt/Occupation Data.txt';
let root: string;
let outPath: string;

beforeEach(() => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-damaged-'));
  root = join(dir, 'sources');
  outPath = join(dir, 'build', 'catalog.sqlite');
  cpSync(fixtureSources, root, { recursive: true });
  mkdirSync(join(dir, 'build'));
  process.env.ATLAS_CONTENT = join(dir, 'content');
  process.env.ATLAS_ENRICHMENT = join(dir, 'enrichment');
});

const read = (file: string) => readFileSync(join(root, file), 'utf8');
const write = (file: string, text: string | Buffer) => writeFileSync(join(root, file), text);
const lines = (file: string) => read(file).split(/\r?\n/).filter(Boolean);

/** Runs the pipeline expecting it to fail; the catalog of an earlier run (if any) must be left as it was. */
async function refused(): Promise<string[]> {
  const before = existsSync(outPath) ? readFileSync(outPath) : null;
  const problems = await runPipeline({ root, outPath, log: () => {}, rowCounts: 'non-empty' });
  expect(existsSync(outPath) ? readFileSync(outPath) : null).toEqual(before);
  return problems.list.map(formatProblem);
}

async function imported(): Promise<Database.Database> {
  const problems = await runPipeline({ root, outPath, log: () => {}, rowCounts: 'non-empty' });
  expect(problems.list.map(formatProblem)).toEqual([]);
  return new Database(outPath, { readonly: true });
}

const nationalWages = (db: Database.Database) => db.prepare(`SELECT count(*) FROM wages WHERE area_type = 'national'`).pluck().get();

describe('damaged release files', () => {
  it('reads a file whose first lines end in CRLF and the rest in LF: every row imported', async () => {
    const [header, ...rows] = lines(national);
    write(national, `${header}\r\n${rows.slice(0, 2).join('\r\n')}\r\n${rows.slice(2).join('\n')}\n`);
    const db = await imported();
    expect(nationalWages(db)).toBe(rows.length);
    expect(db.prepare(`SELECT a_median FROM wages WHERE area_type = 'national' AND soc_code = '29-1141'`).pluck().get()).toBe(97550);
  });

  it('refuses swapped hourly and annual median columns, naming the line and column', async () => {
    write(national, read(national).replace('H_MEDIAN', 'TMP').replace('A_MEDIAN', 'H_MEDIAN').replace('TMP', 'A_MEDIAN'));
    const problems = await refused();
    expect(problems).toContain('national_M2025_dl.csv:7 H_MEDIAN: got "97550", expected an hourly wage under $1,000: are the hourly and annual columns swapped or shifted?');
  });

  it('refuses columns shifted by one: an annual figure far from 2,080 × the hourly one', async () => {
    // A_PCT10 and A_PCT25 exchanged: still plausible annual wages, but not the hourly ones × 2,080.
    write(national, read(national).replace('A_PCT10,A_PCT25', 'A_PCT25,A_PCT10'));
    const problems = await refused();
    expect(problems).toContainEqual(expect.stringMatching(/^national_M2025_dl\.csv:7 A_PCT10: got "80330", expected about 2,080 × the hourly figure 33\.14/));
  });

  it('refuses a CSV cut off in the middle of its last row (short field count)', async () => {
    const text = read(national);
    write(national, text.slice(0, text.lastIndexOf('46.9')));
    expect(await refused()).toContainEqual(expect.stringMatching(/^national_M2025_dl\.csv:7 fields: got "\d+", expected 32 fields like the header on line 1, so the row \(or the file\) looks cut off/));
  });

  it('refuses a CSV cut off inside a quoted field (unterminated quote at the end of the file)', async () => {
    const text = read(national);
    write(national, text.slice(0, text.indexOf('Special Education"')));
    expect(await refused()).toContainEqual(expect.stringMatching(/^national_M2025_dl\.csv:5 expected a well-formed CSV record \(Quote Not Closed/));
  });

  it('refuses a Task Statements file cut mid-row: no task "Write gra"', async () => {
    write(tasks, `${read(tasks)}29-1141.00\t6\tWrite gra`);
    expect(await refused()).toEqual(['Task Statements.txt:7 fields: got "3", expected 7 fields like the header on line 1, so the row (or the file) looks cut off']);
  });

  it('refuses a header-only file', async () => {
    write(tasks, `${lines(tasks)[0]}\r\n`);
    expect(await refused()).toEqual(['Task Statements.txt data rows: got "0", expected at least 1 data row (the file looks cut off, empty or filtered)']);
  });

  it('refuses two different national rows for one occupation, naming both lines', async () => {
    const nurses = lines(national).at(-1)!;
    write(national, `${read(national)}${nurses.replace('97550', '97560').replace('46.9,', '46.9,')}\n`);
    expect(await refused()).toEqual([
      'national_M2025_dl.csv:8 AREA + OCC_CODE + O_GROUP: got "99 | 29-1141 | detailed", expected one row per AREA + OCC_CODE + O_GROUP; line 7 has the same AREA + OCC_CODE + O_GROUP with different values',
    ]);
  });

  it('skips an exact repeat and counts it in source_files.rows_skipped', async () => {
    write(national, `${read(national)}${lines(national).at(-1)}\n`);
    const db = await imported();
    expect(nationalWages(db)).toBe(6);
    const skipped = db.prepare(`SELECT rows_skipped FROM source_files WHERE id = 'oews:national'`).pluck().get() as string;
    expect(JSON.parse(skipped)).toEqual({ 'exact repeat of an earlier row': 1 });
  });

  it('refuses a metro median repeated with different figures, naming both lines', async () => {
    const metro = 'oews/derived-may2025-medians/oews_may2025_metro_medians_474occ.csv';
    write(metro, read(metro).replace('nurse,29-1141,41.09,85470', 'nurse,29-1141,42.09,87547'));
    expect(await refused()).toEqual([
      'oews_may2025_metro_medians_474occ.csv:3 hourly_median / annual_median: got "42.09 / 87547", expected 41.09 / 85470 as on line 2, which gives the same area and SOC',
    ]);
  });

  it('skips an exact duplicate occupation row, and names both lines of a conflicting one (no bare UNIQUE error)', async () => {
    const nurses = lines(occupations).find((l) => l.startsWith('29-1141.00'))!;
    write(occupations, `${read(occupations)}${nurses}\n`);
    const db = await imported();
    expect(db.prepare('SELECT count(*) FROM occupations').pluck().get()).toBe(4);
    db.close();
    write(occupations, `${read(occupations)}${nurses.replace('Registered Nurses', 'Nurses')}\n`);
    expect(await refused()).toEqual([
      expect.stringMatching(/^Occupation Data\.txt:7 O\*NET-SOC Code: got "29-1141\.00", expected one row per O\*NET-SOC Code; line 4 has the same/),
    ]);
  });

  it('refuses Windows-1252 text, naming the line and byte', async () => {
    const text = read(occupations).replace('Registered Nurses', 'Registered Nurses \u2013 Caf\u00e9');
    write(occupations, Buffer.from(text.replace('\u2013', '\x96').replace('\u00e9', '\xe9'), 'latin1'));
    expect(await refused()).toEqual([
      'Occupation Data.txt:4 byte 30 of the line: got "0x96", expected UTF-8 text; the file looks saved in another encoding (often Windows-1252 from Excel): save it again as UTF-8',
    ]);
  });

  it('refuses a field longer than the cap', async () => {
    write(tasks, read(tasks).replace('Maintain accurate', 'x'.repeat(5_000_000)));
    expect(await refused()).toEqual([
      `Task Statements.txt:3 Task: got "5,000,031 characters", expected at most ${MAX_FIELD_CHARS.toLocaleString('en-US')} characters in a field`,
    ]);
  });

  it('refuses a folder where a file is expected, with a located message instead of EISDIR', async () => {
    rmSync(join(root, tasks));
    mkdirSync(join(root, tasks));
    expect(await refused()).toEqual([
      `Task Statements.txt got "${join(root, tasks)}", expected a file, but this path is a folder: remove or rename the folder and put the release file there`,
    ]);
  });

  it('checks the release row counts on real runs: a fixture-sized O*NET file is not the 29.3 release', async () => {
    const problems = await runPipeline({ root, outPath, log: () => {} });
    expect(problems.list.map(formatProblem)).toContain('Occupation Data.txt data rows: got "4", expected exactly 1,016 data rows (the file looks cut off, empty or filtered)');
    expect(existsSync(outPath)).toBe(false);
  });
});
