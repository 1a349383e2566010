import { copyFileSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { count, getTableColumns, getTableName, type SQL } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

export type CatalogDb = Database.Database;

/**
 * The catalog as drizzle sees it: reads written against `schema/*.ts` return the schema's types, so
 * renaming a column breaks the typecheck of every step that reads it. `$client` is the open database.
 */
export type CatalogOrm = BetterSQLite3Database & { $client: CatalogDb };

export function createCatalogOrm(db: CatalogDb): CatalogOrm {
  return drizzle(db);
}

/** Rows of `table` matching `where`, read at once (drizzle's own `$count` is a promise). */
export function countRows(orm: CatalogOrm, table: SQLiteTable, where?: SQL): number {
  return orm.select({ n: count() }).from(table).where(where).get()?.n ?? 0;
}

/** DDL generated from the schema by `npm run db:generate`; a test keeps it in step with the schema files. */
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Opens a catalog the build is writing. */
function openForWriting(path: string): CatalogDb {
  const db = new Database(path);
  // A half-written temp file is discarded on failure, so durability settings buy nothing here.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  return db;
}

/** Opens a fresh database at `path` (removing any leftover) with every table of the schema. */
export function createCatalog(path: string): CatalogDb {
  mkdirSync(dirname(path), { recursive: true });
  rmSync(path, { force: true });
  const db = openForWriting(path);
  migrate(createCatalogOrm(db), { migrationsFolder });
  return db;
}

/** Opens a copy of a finished catalog at `path`, to add to it (an edition's steps on the shared base catalog). */
export function copyCatalog(fromPath: string, path: string): CatalogDb {
  mkdirSync(dirname(path), { recursive: true });
  copyFileSync(fromPath, path);
  return openForWriting(path);
}

/**
 * Inserts rows in one transaction with a single prepared statement; values go through drizzle's column
 * mappers. A key left undefined takes the column's default, as when an INSERT does not name the column.
 */
export function insertRows<T extends SQLiteTable>(db: CatalogDb, table: T, rows: T['$inferInsert'][]): number {
  const columns = Object.entries(getTableColumns(table));
  const sql = `INSERT INTO "${getTableName(table)}" (${columns.map(([, c]) => `"${c.name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  // Raw SQL on purpose: drizzle's insert builds its statement per call; one prepared statement keeps 100,000-row imports fast.
  const statement = db.prepare(sql);
  const insertAll = db.transaction((batch: T['$inferInsert'][]) => {
    for (const row of batch) {
      const record = row as Record<string, unknown>;
      statement.run(
        columns.map(([key, column]) => {
          const value = record[key] === undefined ? column.default : record[key];
          return value === undefined || value === null ? null : column.mapToDriverValue(value);
        }),
      );
    }
  });
  insertAll(rows);
  return rows.length;
}

/** Moves a finished temp catalog over the live one in one rename, so readers never see a partial file. */
export function publishCatalog(db: CatalogDb, tempPath: string, finalPath: string): void {
  db.pragma('optimize');
  db.close();
  renameSync(tempPath, finalPath);
}
