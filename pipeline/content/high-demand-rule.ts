import { and, asc, eq, gte } from 'drizzle-orm';
import { allOccupationsSocCode, growthMultipleOfAverage, minOpeningsThousands } from '../constants.ts';
import type { CatalogOrm } from '../db/catalog-db.ts';
import type { highDemand } from '../db/schema/content.ts';
import { occupations } from '../db/schema/occupations.ts';
import { projections } from '../db/schema/projections.ts';

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
export function computeProjectionsHighDemand(orm: CatalogOrm): (typeof highDemand.$inferInsert)[] | null {
  const average = orm.select({ changePercent: projections.changePercent }).from(projections).where(eq(projections.socCode, allOccupationsSocCode)).get()?.changePercent;
  if (average === undefined || average === null) return null;
  // When the economy as a whole shrinks, twice the average is a decline; "high demand" still means growing.
  const minGrowth = Math.max(growthMultipleOfAverage * average, 0);
  const qualifying = orm
    .select({ code: occupations.code, changePercent: projections.changePercent, openingsAnnual: projections.openingsAnnual, baseYear: projections.baseYear, targetYear: projections.targetYear })
    .from(occupations)
    .innerJoin(projections, eq(projections.socCode, occupations.socCode))
    .where(and(eq(projections.occupationType, 'Line item'), gte(projections.changePercent, minGrowth), gte(projections.openingsAnnual, minOpeningsThousands)))
    .orderBy(asc(occupations.code))
    .all();
  // The comparisons above leave out rows without figures, which the column types cannot know.
  return qualifying.map((q) => ({ occupationCode: q.code, basis: 'projections' as const, note: describeProjection({ ...q, changePercent: q.changePercent!, openingsAnnual: q.openingsAnnual! }) }));
}
