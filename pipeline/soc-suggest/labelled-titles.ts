import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ONET_SOC_PATTERN } from '../db/schema/occupations.ts';
import { isOnetTitle, rankOccupations, type SocIndex } from '../lib/soc-index.ts';

/**
 * The labelled set in `data/bench/soc-titles.csv` (`title,code`) and how well the ranker does on it:
 * everyday titles as job ads, résumés and people write them, none of them an O*NET title
 * (`__tests__/labelled-titles.test.ts` checks), each labelled with its O*NET-SOC occupation.
 */

export type LabelledTitle = { title: string; code: string };

export const labelledTitlesPath = 'data/bench/soc-titles.csv';

export function readLabelledTitles(path: string = labelledTitlesPath): LabelledTitle[] {
  const rows = parse(readFileSync(path), { bom: true, columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  return rows.map((row, i) => {
    if (!row.title || !ONET_SOC_PATTERN.test(row.code ?? '')) throw new Error(`${path}:${i + 2}: expected a title and an O*NET-SOC code like 29-1141.00`);
    return { title: row.title, code: row.code };
  });
}

type Hits = { total: number; top1: number; top3: number };
export type Accuracy = Hits & {
  titlesPerSecond: number;
  /**
   * The titles that do not become one of O*NET's titles even once abbreviations are written out and
   * plurals folded ("pharmacy tech" does): how well the ranker does beyond its synonym map.
   */
  unlisted: Hits;
  /** Titles whose top choice is wrong, with the top three. */
  misses: { title: string; expected: string; got: string[] }[];
};

const rate = (hits: number, total: number) => (total ? hits / total : 0);

/** Top-1 and top-3 hit rates and ranking speed over the labelled titles. */
export function measureAccuracy(index: SocIndex, titles: readonly LabelledTitle[]): Accuracy {
  const all = { total: titles.length, top1: 0, top3: 0 };
  const unlisted = { total: 0, top1: 0, top3: 0 };
  const misses: Accuracy['misses'] = [];
  const started = performance.now();
  const results = titles.map((t) => rankOccupations(index, t.title, 3).map((r) => r.code));
  const seconds = (performance.now() - started) / 1000;
  titles.forEach((t, i) => {
    const got = results[i];
    const counts = isOnetTitle(index, t.title) ? [all] : [all, unlisted];
    unlisted.total += counts.length - 1;
    for (const c of counts) {
      if (got[0] === t.code) c.top1++;
      if (got.includes(t.code)) c.top3++;
    }
    if (got[0] !== t.code) misses.push({ title: t.title, expected: t.code, got });
  });
  const rates = (h: Hits): Hits => ({ total: h.total, top1: rate(h.top1, h.total), top3: rate(h.top3, h.total) });
  return { ...rates(all), unlisted: rates(unlisted), titlesPerSecond: titles.length / seconds, misses };
}
