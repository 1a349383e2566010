import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { CatalogDb } from './catalog-db.ts';

/**
 * `npm run check` reads what it checks against from the last built catalog when there is one, else from the
 * release files. This is the first half of that rule: the catalog at `path`, read-only, through `read`.
 * Null (so the caller falls back to the release files) when there is no catalog, when `read` finds nothing
 * in it, or when the catalog is from before the tables or columns `read` asks for.
 */
export function readLastCatalog<T>(path: string, read: (db: CatalogDb) => T | null): T | null {
  if (!existsSync(path)) return null;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } catch (error) {
    if (error instanceof Database.SqliteError) return null;
    throw error;
  } finally {
    db.close();
  }
}
