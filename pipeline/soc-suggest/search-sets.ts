import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ONET_SOC_PATTERN } from '../db/schema/occupations.ts';

/**
 * The labelled search sets in `data/search/` (`query,code[,note][,split]`): what visitors type, each
 * with the O*NET-SOC occupation a careful reader would pick and why. `split` is `tune` for rows the
 * ranker's rules were checked against while writing them, `held-out` for rows kept apart to report.
 */

export type LabelledQuery = { query: string; code: string; note: string; split: 'tune' | 'held-out' };

export const searchSets = [
  { name: 'Everyday titles', path: 'data/search/queries.csv' },
  { name: 'Job-ad titles', path: 'data/search/job-ad-titles.csv' },
  { name: 'Lay queries', path: 'data/search/lay-queries.csv' },
] as const;

export function readSearchSet(path: string): LabelledQuery[] {
  const rows = parse(readFileSync(path), { bom: true, columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  return rows.map((row, i) => {
    const where = `${path}:${i + 2}`;
    if (!row.query) throw new Error(`${where} query: expected the words typed, got nothing`);
    if (!ONET_SOC_PATTERN.test(row.code ?? '')) throw new Error(`${where} code: got "${row.code ?? ''}", expected an O*NET-SOC code like 29-1141.00`);
    const split = row.split || 'tune';
    if (split !== 'tune' && split !== 'held-out') throw new Error(`${where} split: got "${split}", expected tune or held-out`);
    return { query: row.query, code: row.code, note: row.note ?? '', split };
  });
}
