import type { Occupation } from '../content/closest-occupations.ts';
import type { CatalogDb } from '../db/catalog-db.ts';
import { itemLists, type effectiveItems } from '../db/schema/content.ts';
import { readOnetDefaults, type ItemLists } from './defaults.ts';
import type { OverrideRole, Owner } from '../content/override-owners.ts';
import { effectiveLists, ownerId, type OverridesById } from './merge.ts';
import type { RefinementsById } from '../enrich/enrichment-schema.ts';

/** The `effective_items` rows: every occupation in the catalog and every role, defaults, cached refinements and overrides merged. */

type Row = typeof effectiveItems.$inferInsert;

function toRows(owner: Owner, lists: ItemLists): Row[] {
  return itemLists.flatMap((list) => lists[list].map((item, position) => ({ ownerKind: owner.kind, ownerId: ownerId(owner), list, position, ...item })));
}

export function computeEffectiveItems(db: CatalogDb, roles: readonly OverrideRole[], overrides: OverridesById, regionName: string, refinements: RefinementsById): Row[] {
  const occupations = db.prepare('SELECT code, title FROM occupations ORDER BY code').all() as Occupation[];
  const defaults = readOnetDefaults(db);
  const owners: Owner[] = [...occupations.map((occupation) => ({ kind: 'occupation' as const, occupation })), ...roles.map((role) => ({ kind: 'role' as const, role }))];
  return owners.flatMap((owner) => toRows(owner, effectiveLists(owner, defaults, overrides, regionName, refinements)));
}
