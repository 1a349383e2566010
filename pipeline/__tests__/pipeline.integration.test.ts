import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireRealCatalog } from '../../test-support/real-catalog.ts';
import { programIdOf } from '../db/schema/education.ts';
import { locateById } from '../sources/locate.ts';
import { resolvePaths } from '../paths.ts';

/**
 * The whole import from the real release files under $ATLAS_SOURCES (built once by the global setup,
 * which fails on any problem). Expected figures are read from the files themselves with plain
 * parsing, independent of the pipeline's parsers.
 */
const { root, fromEnv } = resolvePaths().sources;
if (!fromEnv) throw new Error('Set ATLAS_SOURCES to the release files folder (e.g. ../shared/datasets): integration tests never skip.');

const file = (id: string) => {
  const path = locateById(root, id);
  if (!path) throw new Error(`Missing ${id} under ${root}`);
  return path;
};
const tsvRows = (id: string) => readFileSync(file(id), 'utf8').split(/\r?\n/).filter(Boolean).slice(1).map((l) => l.split('\t'));
const csvRecords = (path: string): Record<string, string>[] => parse(readFileSync(path), { bom: true, columns: true, relax_quotes: true });

let db: Database.Database;
beforeAll(() => {
  db = new Database(requireRealCatalog(), { readonly: true });
});
afterAll(() => db?.close());

const count = (sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;

describe('catalog built from the real releases', () => {
  it('has every O*NET occupation and task statement', () => {
    expect(count('SELECT count(*) FROM occupations')).toBe(new Set(tsvRows('onet:Occupation Data').map((r) => r[0])).size);
    expect(count('SELECT count(*) FROM occupations')).toBe(1016);
    expect(count('SELECT count(*) FROM tasks')).toBe(tsvRows('onet:Task Statements').length);
    expect(count('SELECT count(*) FROM tasks')).toBe(18796);
  });

  it('has every title employers post (data/titles/), each with an O*NET occupation of the release', () => {
    const posted = csvRecords(resolvePaths().postedTitlesPath);
    expect(posted.length).toBeGreaterThan(4000);
    expect(count('SELECT count(*) FROM posted_titles')).toBe(posted.length);
    expect(count('SELECT count(*) FROM posted_titles WHERE occupation_code NOT IN (SELECT code FROM occupations)')).toBe(0);
    expect(db.prepare(`SELECT occupation_code FROM posted_titles WHERE title = 'Building Engineer'`).pluck().get()).toBe(posted.find((r) => r.title === 'Building Engineer')?.code);
  });

  it('has every work style, work value extent, DWA and task-to-DWA link', () => {
    expect(count('SELECT count(*) FROM work_styles')).toBe(tsvRows('onet:Work Styles').length);
    const values = tsvRows('onet:Work Values');
    expect(count('SELECT count(*) FROM work_values')).toBe(values.filter((r) => r[4] === 'EX').length);
    expect(count('SELECT count(*) FROM work_values')).toBe(5244);
    expect(count('SELECT count(*) FROM detailed_work_activities')).toBe(tsvRows('onet:DWA Reference').length);
    expect(count('SELECT count(*) FROM task_activities')).toBe(tsvRows('onet:Tasks to DWAs').length);
    expect(count(`SELECT importance FROM work_styles WHERE occupation_code = '11-1011.00' AND element_id = '1.C.1.a'`)).toBe(4.69);
  });

  it('has every national OEWS row, every detailed occupation among them', () => {
    const national = csvRecords(file('oews:national'));
    expect(count(`SELECT count(*) FROM wages WHERE area_type = 'national'`)).toBe(national.length);
    const detailed = national.filter((r) => r.O_GROUP === 'detailed').map((r) => r.OCC_CODE).sort();
    const stored = db.prepare(`SELECT soc_code FROM wages WHERE area_type = 'national' AND occ_group = 'detailed' ORDER BY soc_code`).pluck().all();
    expect(stored).toEqual(detailed);
  });

  it('matches the release file for the national annual medians of registered nurses and software developers', () => {
    const national = csvRecords(file('oews:national'));
    for (const soc of ['29-1141', '15-1252']) {
      const published = Number(national.find((r) => r.OCC_CODE === soc)!.A_MEDIAN);
      expect(count(`SELECT a_median FROM wages WHERE area_type = 'national' AND soc_code = ?`, soc)).toBe(published);
    }
  });

  it('stores a * cell as null with its marker', () => {
    const national = csvRecords(file('oews:national'));
    const starred = national.find((r) => r.H_MEDIAN === '*')!;
    const row = db.prepare(`SELECT h_median, special_values FROM wages WHERE area_type = 'national' AND soc_code = ?`).get(starred.OCC_CODE) as { h_median: number | null; special_values: string };
    expect(row.h_median).toBeNull();
    expect(JSON.parse(row.special_values).hMedian).toBe('*');
  });

  it('has the Tampa MSA median of registered nurses from the metro file', () => {
    const metro = csvRecords(file('oews:metro-medians'));
    const published = Number(metro.find((r) => r.area_code === '0045300' && r.soc_code === '29-1141')!.annual_median);
    expect(count(`SELECT a_median FROM wages WHERE area_type = 'msa' AND area_code = '45300' AND soc_code = '29-1141'`)).toBe(published);
  });

  it('has every CIP–SOC crosswalk row that is not NO MATCH', () => {
    const rows = csvRecords(file('cip:soc-crosswalk'));
    const matched = rows.filter((r) => r.SOC2018Code !== '99-9999' && r.CIP2020Code !== '99.9999');
    expect(count(`SELECT count(*) FROM cip_soc_crosswalk WHERE source = 'nces'`)).toBe(matched.length);
  });

  it('has every projections row, line items and summaries', () => {
    const rows = csvRecords(file('projections:table-1.2'));
    expect(count('SELECT count(*) FROM projections')).toBe(rows.length);
    expect(count(`SELECT count(*) FROM projections WHERE occupation_type = 'Line item'`)).toBe(rows.filter((r) => r['Occupation type'] === 'Line item').length);
  });

  it('has the Florida IPEDS programs of the derived Florida completions file', () => {
    const florida = csvRecords(join(root, 'programs/florida_completions_c2024_a.csv')).filter((r) => r.IS_CIP_6DIGIT === 'true');
    expect(count(`SELECT count(*) FROM programs WHERE source = 'ipeds'`)).toBe(florida.length);
    const sample = florida.find((r) => r.CBSA === '45300')!;
    const id = programIdOf({ unitid: Number(sample.UNITID), cipCode: sample.CIPCODE, awardLevel: Number(sample.AWLEVEL) });
    expect(count('SELECT total FROM program_completions WHERE program_id = ?', id)).toBe(Number(sample.CTOTALT));
  });

  it('records what each release file contributed, with no rejected rows', () => {
    expect(count('SELECT count(*) FROM source_files')).toBeGreaterThanOrEqual(20);
    expect(count('SELECT sum(rows_rejected) FROM source_files')).toBe(0);
  });
});
