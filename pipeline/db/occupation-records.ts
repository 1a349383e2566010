import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { OccupationRecord } from '../../core/search/search-data.ts';
import type { CatalogDb } from './catalog-db.ts';

/**
 * What the ranker knows of each occupation, read from the catalog (`occupations`, `occupation_titles`,
 * `tasks`): the O*NET files already parsed and checked, in one place, in a fraction of a second. The
 * pipeline passes its open database; the CLIs open the last built catalog.
 */

export type { OccupationRecord };

type TitleRow = { code: string; title: string; shortTitle: string | null };
type TaskRow = { code: string; task: string };

function groupBy<T extends { code: string }, V>(rows: T[], value: (row: T) => (V | null)[]): Map<string, V[]> {
  const grouped = new Map<string, V[]>();
  for (const row of rows) {
    const list = grouped.get(row.code) ?? [];
    for (const v of value(row)) if (v !== null) list.push(v);
    grouped.set(row.code, list);
  }
  return grouped;
}

const hasTable = (db: CatalogDb, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** Every occupation with its titles, task statements and detailed work activities, in code order. */
export function readOccupationRecords(db: CatalogDb): OccupationRecord[] {
  // BLS employment (thousands) of the occupation's SOC, for the ranker's prior: a common job is the likelier reading.
  // Where BLS publishes only a merged line (O*NET's 31-1121 and 31-1122 are BLS's 31-1120), the one line of the
  // same broad group that no O*NET occupation has.
  const occupations = db
    .prepare(
      `SELECT o.code, o.title, o.description, COALESCE(p.employment_base, (
         SELECT CASE WHEN count(*) = 1 THEN max(m.employment_base) END FROM projections m
         WHERE m.occupation_type = 'Line item' AND substr(m.soc_code, 1, 6) = substr(o.soc_code, 1, 6)
           AND NOT EXISTS (SELECT 1 FROM occupations x WHERE x.soc_code = m.soc_code))) AS employment
       FROM occupations o
       LEFT JOIN projections p ON p.soc_code = o.soc_code AND p.occupation_type = 'Line item' ORDER BY o.code`,
    )
    .all() as { code: string; title: string; description: string; employment: number | null }[];
  const titleRows = db.prepare('SELECT occupation_code AS code, title, short_title AS shortTitle FROM occupation_titles ORDER BY id').all() as TitleRow[];
  const taskRows = db.prepare('SELECT occupation_code AS code, task FROM tasks ORDER BY task_id').all() as TaskRow[];
  const titles = groupBy(titleRows, (r) => [r.title, r.shortTitle]);
  const tasks = groupBy(taskRows, (r) => [r.task]);
  // O*NET's detailed work activities in its plainer words ("Draw blood samples from patients"), once per occupation.
  const activityRows = hasTable(db, 'task_activities')
    ? (db
        .prepare(
          `SELECT DISTINCT ta.occupation_code AS code, d.title AS activity FROM task_activities ta
           JOIN detailed_work_activities d ON d.dwa_id = ta.dwa_id ORDER BY ta.occupation_code, d.dwa_id`,
        )
        .all() as { code: string; activity: string }[])
    : [];
  const activities = groupBy(activityRows, (r) => [r.activity]);
  return occupations.map((o) => ({
    ...o,
    titles: titles.get(o.code) ?? [],
    tasks: tasks.get(o.code) ?? [],
    ...(activities.has(o.code) ? { activities: activities.get(o.code) } : {}),
  }));
}

/** Thrown when there is no catalog to read: the message says how to build one. */
export class MissingCatalogError extends Error {}

/** Opens the built catalog read-only, runs `read`, closes it. */
export function withCatalog<T>(path: string, read: (db: CatalogDb) => T): T {
  if (!existsSync(path)) {
    throw new MissingCatalogError(`No catalog at ${path}: build it first with \`npm run pipeline\` (set ATLAS_SOURCES to the release files).`);
  }
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
