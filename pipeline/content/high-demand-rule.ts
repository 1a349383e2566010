import { allOccupationsSocCode, growthMultipleOfAverage, minOpeningsThousands } from '../constants.ts';
import type { CatalogDb } from '../db/catalog-db.ts';
import type { highDemand } from '../db/schema/content.ts';

/**
 * The documented rule for `high_demand` rows with basis `projections`, on BLS Employment Projections
 * (national, Table 1.2): an occupation is high-demand when it is both growing fast and hiring in
 * numbers, so neither a tiny fast-growing niche nor a large stagnant one qualifies.
 */

type Qualifying = { code: string; changePercent: number; openingsAnnual: number; baseYear: number; targetYear: number };

/** `+12.3 % 2024–34, about 150,000 openings a year`: the figures that met the rule, shown as the reason (BLS publishes thousands). */
export function describeProjection(p: Omit<Qualifying, 'code'>): string {
  const sign = p.changePercent >= 0 ? '+' : '−';
  const openings = Math.round(p.openingsAnnual * 1000).toLocaleString('en-US');
  return `${sign}${Math.abs(p.changePercent).toFixed(1)} % ${p.baseYear}–${String(p.targetYear).slice(-2)}, about ${openings} openings a year`;
}

/**
 * One row per O*NET occupation whose 6-digit SOC has a Line item projection meeting the rule; null
 * when the projections lack the all-occupations row the rule is relative to.
 */
export function computeProjectionsHighDemand(db: CatalogDb): (typeof highDemand.$inferInsert)[] | null {
  const average = db.prepare('SELECT change_percent FROM projections WHERE soc_code = ?').pluck().get(allOccupationsSocCode) as number | null | undefined;
  if (average === undefined || average === null) return null;
  // When the economy as a whole shrinks, twice the average is a decline; "high demand" still means growing.
  const minGrowth = Math.max(growthMultipleOfAverage * average, 0);
  const qualifying = db
    .prepare(
      `SELECT o.code, p.change_percent AS changePercent, p.openings_annual AS openingsAnnual, p.base_year AS baseYear, p.target_year AS targetYear
       FROM occupations o JOIN projections p ON p.soc_code = o.soc_code
       WHERE p.occupation_type = 'Line item' AND p.change_percent >= ? AND p.openings_annual >= ?
       ORDER BY o.code`,
    )
    .all(minGrowth, minOpeningsThousands) as Qualifying[];
  return qualifying.map((q) => ({ occupationCode: q.code, basis: 'projections' as const, note: describeProjection(q) }));
}
