import { eq, sql } from 'drizzle-orm';
import { atlasConfig } from '../../../atlas.config.ts';
import { highDemand } from '../../../pipeline/db/schema/index.ts';
import { cached, groupBy, openCatalog } from './db.ts';

export interface HighDemandBadge {
  basis: 'curated' | 'projections';
  /** What the badge says, e.g. `Tampa Bay priority`. */
  label: string;
  /** Why, in the editor's or the rule's words. */
  note: string;
}

const badgeLabels = {
  curated: `${atlasConfig.region.name} priority`,
  projections: 'Bright outlook (BLS projections)',
} as const;

/** High-demand flags keyed by O*NET-SOC code, the region's own list first. */
export const highDemandByCode = cached((): Map<string, HighDemandBadge[]> => {
  const rows = openCatalog().select().from(highDemand).all();
  const grouped = groupBy(rows, (r) => r.occupationCode);
  return new Map(
    [...grouped].map(([code, list]) => [
      code,
      list
        .map((r) => ({ basis: r.basis, label: badgeLabels[r.basis], note: r.note }))
        .sort((a, b) => (a.basis === b.basis ? 0 : a.basis === 'curated' ? -1 : 1)),
    ]),
  );
});

/** The board's curated occupations in the board's own order: the content step inserts them as `high-demand.yaml` lists them. */
export const curatedHighDemandCodes = cached((): string[] =>
  openCatalog()
    .select({ code: highDemand.occupationCode })
    .from(highDemand)
    .where(eq(highDemand.basis, 'curated'))
    .orderBy(sql`rowid`)
    .all()
    .map((r) => r.code),
);
