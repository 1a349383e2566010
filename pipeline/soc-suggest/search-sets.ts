import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ONET_SOC_PATTERN } from '../db/schema/occupations.ts';

/**
 * The labelled search sets in `data/search/` (`query,code[,note][,split]`): what visitors type, each
 * with the O*NET-SOC occupation a careful reader would pick and why (rarely two equally right ones,
 * written `a|b`). `split` is `tune` for rows the ranker's rules were checked against while writing
 * them, `held-out` for rows kept apart to report. The `-fresh` sets were written by someone who had not
 * seen the ranker's rules, after the tuning, and are all held out; so are the `-check` sets, each written
 * by someone who saw neither the ranker nor the other sets (the README says when each was first measured).
 */

export type LabelledQuery = { query: string; codes: string[]; note: string; split: 'tune' | 'held-out' };

export const searchSets = [
  { name: 'Everyday titles', path: 'data/search/queries.csv' },
  { name: 'Job-ad titles', path: 'data/search/job-ad-titles.csv' },
  { name: 'Lay queries', path: 'data/search/lay-queries.csv' },
  { name: 'Job-ad titles, written after tuning', path: 'data/search/job-ad-titles-fresh.csv' },
  { name: 'Lay queries, written after tuning', path: 'data/search/lay-queries-fresh.csv' },
  { name: 'Job-ad titles, check set 1', path: 'data/search/job-ad-titles-check.csv' },
  { name: 'Lay queries, check set 1', path: 'data/search/lay-queries-check.csv' },
  { name: 'Job-ad titles, check set 2', path: 'data/search/job-ad-titles-check2.csv' },
  { name: 'Lay queries, check set 2', path: 'data/search/lay-queries-check2.csv' },
  { name: 'Job-ad titles, check set 3', path: 'data/search/job-ad-titles-check3.csv' },
  { name: 'Lay queries, check set 3', path: 'data/search/lay-queries-check3.csv' },
] as const;

export function readSearchSet(path: string): LabelledQuery[] {
  const rows = parse(readFileSync(path), { bom: true, columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  return rows.map((row, i) => {
    const where = `${path}:${i + 2}`;
    if (!row.query) throw new Error(`${where} query: expected the words typed, got nothing`);
    const codes = (row.code ?? '').split('|');
    if (!codes.every((code) => ONET_SOC_PATTERN.test(code))) throw new Error(`${where} code: got "${row.code ?? ''}", expected an O*NET-SOC code like 29-1141.00 (two equally right: 29-2061.00|31-1131.00)`);
    const split = row.split || 'tune';
    if (split !== 'tune' && split !== 'held-out') throw new Error(`${where} split: got "${split}", expected tune or held-out`);
    return { query: row.query, codes, note: row.note ?? '', split };
  });
}
