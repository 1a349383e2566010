import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** What each release file contributed to this catalog: the provenance the site's footer cites. */
export const sourceFiles = sqliteTable('source_files', {
  /** Manifest id, e.g. `onet:Task Statements`. */
  id: text('id').primaryKey(),
  publisher: text('publisher').notNull(),
  release: text('release').notNull(),
  licence: text('licence').notNull(),
  /** Path relative to the sources root. */
  path: text('path').notNull(),
  rowsRead: integer('rows_read').notNull(),
  rowsImported: integer('rows_imported').notNull(),
  rowsRejected: integer('rows_rejected').notNull(),
  /** JSON object: reason → rows left out on purpose. */
  rowsSkipped: text('rows_skipped', { mode: 'json' }).$type<Record<string, number>>().notNull(),
  seconds: real('seconds').notNull(),
});

/** Build facts as key/value pairs: built_at, region, release vintages. */
export const buildInfo = sqliteTable('build_info', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
