import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { requireRealCatalog } from '../../../../test-support/real-catalog.ts';
import { describeAward } from '../../award-levels.ts';
import { getOccupationPages, getRegionPrograms } from '../index.ts';

process.env.ATLAS_CATALOG = requireRealCatalog();

/** Common occupations with the awards and fields a beginner should see first, labelled by hand (see the note column). */
const labelled: { onet_soc: string; title: string; award_levels: string; cip_codes: string; note: string }[] = parse(
  readFileSync(new URL('../../../../data/bench/beginner-programs.csv', import.meta.url)),
  { columns: true, skip_empty_lines: true },
);

describe('programs, beginner first, on the catalog built from the real releases', () => {
  const pages = new Map(getOccupationPages().map((p) => [p.code, p]));

  it('has a labelled set of at least 30 common occupations, each with programs in the region', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(30);
    for (const row of labelled) expect(pages.get(row.onet_soc)?.programs.length, row.title).toBeGreaterThan(0);
  });

  it('puts a program at the award level and in the field a beginner should see first on every labelled occupation', () => {
    const misses = labelled.flatMap((row) => {
      const first = pages.get(row.onet_soc)!.programs[0];
      const levels = row.award_levels.split(';').map(Number);
      const ok = levels.includes(first.awardLevel) && row.cip_codes.split(';').includes(first.cipCode);
      return ok ? [] : [`${row.title}: first card is ${first.cipCode} ${describeAward(first.awardLevel).label} (${first.title}), expected ${row.cip_codes} at ${row.award_levels}`];
    });
    expect(misses).toEqual([]);
  });

  it('lists programs without completions in the latest year after every program with some', () => {
    for (const page of pages.values()) {
      const firstEmpty = page.programs.findIndex((p) => p.completions === 0);
      if (firstEmpty >= 0) expect(page.programs.slice(firstEmpty).every((p) => p.completions === 0), page.title).toBe(true);
    }
  });

  it('lists first, on a program page, the occupations its CIP leads to directly, closest award first', () => {
    const hygiene = getRegionPrograms().find((p) => p.cipCode === '51.0602' && p.awardLevel === 3)!;
    expect(hygiene.occupations[0].title).toBe('Dental Hygienists');
    const surgical = getRegionPrograms().find((p) => p.cipCode === '51.0909')!;
    expect(surgical.occupations[0].title).toBe('Surgical Technologists');
    for (const p of getRegionPrograms()) {
      const sources = p.occupations.map((o) => (o.source === 'nces' ? 0 : 1));
      expect(sources).toEqual([...sources].sort());
    }
  });
});
