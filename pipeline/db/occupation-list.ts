import { asc } from 'drizzle-orm';
import type { CatalogOrm } from './catalog-db.ts';
import { occupations } from './schema/occupations.ts';

/** Every O*NET occupation in the catalog, code and title, in code order: what content and overrides are checked against. */
export function readOccupationList(orm: CatalogOrm): { code: string; title: string }[] {
  return orm.select({ code: occupations.code, title: occupations.title }).from(occupations).orderBy(asc(occupations.code)).all();
}
