import Database from 'better-sqlite3';
import type { CatalogDb } from '../db/catalog-db.ts';
import { MissingCatalogError, withCatalog } from '../db/occupation-records.ts';
import { Problems } from './problems.ts';

/**
 * `npm run check` checks content against the last built catalog when there is one, else against the release
 * files, so an editor need not build first. Each half gives null when it has nothing: the catalog when there is
 * none, when `fromCatalog` finds nothing in it, or when it is from before the tables or columns asked for; the
 * release files when they are absent or have problems (printed, the first 20). Null when neither half has it.
 */
export function readCatalogOrSources<T>(catalogPath: string, fromCatalog: (db: CatalogDb) => T | null, fromSources: (problems: Problems) => T | null): T | null {
  return readLastCatalog(catalogPath, fromCatalog) ?? readSources(fromSources);
}

function readLastCatalog<T>(path: string, read: (db: CatalogDb) => T | null): T | null {
  try {
    return withCatalog(path, read);
  } catch (error) {
    if (error instanceof MissingCatalogError || error instanceof Database.SqliteError) return null;
    throw error;
  }
}

function readSources<T>(read: (problems: Problems) => T | null): T | null {
  const problems = new Problems();
  const value = read(problems);
  if (!problems.size) return value;
  console.error(problems.format(20));
  return null;
}
