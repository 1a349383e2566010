import type { CatalogOrm } from '../db/catalog-db.ts';
import { readOccupationList } from '../db/occupation-list.ts';
import { itemLists, type effectiveItems } from '../db/schema/content.ts';
import { readOnetDefaults, type ItemLists } from './defaults.ts';
import type { OverrideRole, Owner } from '../content/override-owners.ts';
import { effectiveLists, ownerId, type OverridesById } from './merge.ts';
import type { RefinementsById } from '../enrich/enrichment-schema.ts';

/** The `effective_items` rows: every occupation in the catalog and every role, defaults, cached refinements and overrides merged; and for each owner of an override file, its lists without that file. */

type Row = typeof effectiveItems.$inferInsert;

function toRows(owner: Owner, lists: ItemLists, kind: Row['ownerKind'] = owner.kind): Row[] {
  return itemLists.flatMap((list) => lists[list].map((item, position) => ({ ownerKind: kind, ownerId: ownerId(owner), list, position, ...item })));
}

export function computeEffectiveItems(orm: CatalogOrm, roles: readonly OverrideRole[], overrides: OverridesById, regionName: string, refinements: RefinementsById): Row[] {
  const occupations = readOccupationList(orm);
  const defaults = readOnetDefaults(orm);
  const owners: Owner[] = [...occupations.map((occupation) => ({ kind: 'occupation' as const, occupation })), ...roles.map((role) => ({ kind: 'role' as const, role }))];
  const effective = owners.flatMap((owner) => toRows(owner, effectiveLists(owner, defaults, overrides, regionName, refinements)));
  // The admin shows an override beside what its owner inherits: the same merge without that one file.
  const inherited = owners
    .filter((owner) => overrides.has(ownerId(owner)))
    .flatMap((owner) => toRows(owner, effectiveLists(owner, defaults, new Map([...overrides].filter(([id]) => id !== ownerId(owner))), regionName, refinements), 'inherited'));
  return [...effective, ...inherited];
}
