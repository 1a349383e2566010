import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { catalogFile } from '../../../atlas.config.ts';
import * as schema from '../../../pipeline/db/schema/index.ts';

export type Catalog = BetterSQLite3Database<typeof schema>;

let catalog: Catalog | undefined;

/** The catalog the pipeline wrote, opened read-only once per process. */
export function openCatalog(): Catalog {
  if (catalog) return catalog;
  const path = catalogFile();
  if (!existsSync(path)) {
    throw new Error(`Occupation catalog not found at ${path}. Run \`npm run pipeline\` to build it (or set ATLAS_CATALOG to an existing catalog).`);
  }
  catalog = drizzle({ client: new Database(path, { readonly: true, fileMustExist: true }), schema });
  return catalog;
}

/** Runs `load` once and keeps the result: every page of a type shares one batch of queries. */
export function cached<T>(load: () => T): () => T {
  let value: T | undefined;
  let loaded = false;
  return () => {
    if (!loaded) {
      value = load();
      loaded = true;
    }
    return value as T;
  };
}

export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
