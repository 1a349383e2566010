import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { OccupationRecord } from '../../core/search/search-data.ts';
import { asc, eq } from 'drizzle-orm';
import { createCatalogOrm, type CatalogDb, type CatalogOrm } from './catalog-db.ts';
import { broadGroupOf, detailedWorkActivities, occupations, occupationTitles, postedTitles, taskActivities, tasks } from './schema/occupations.ts';
import { projections } from './schema/projections.ts';

/**
 * What the ranker knows of each occupation, read from the catalog (`occupations`, `occupation_titles`,
 * `tasks`): the O*NET files already parsed and checked, in one place, in a fraction of a second. The
 * pipeline passes its open database; the CLIs open the last built catalog.
 */

export type { OccupationRecord };

function groupBy<T extends { code: string }, V>(rows: T[], value: (row: T) => (V | null)[]): Map<string, V[]> {
  const grouped = new Map<string, V[]>();
  for (const row of rows) {
    const list = grouped.get(row.code) ?? [];
    for (const v of value(row)) if (v !== null) list.push(v);
    grouped.set(row.code, list);
  }
  return grouped;
}

// Raw SQL: sqlite_master is SQLite's own table, not part of the schema.
const hasTable = (db: CatalogDb, name: string) =>
  db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/**
 * BLS employment (thousands) by O*NET-SOC code, for the ranker's prior: a common job is the likelier reading.
 * Where BLS publishes only a merged line (O*NET's 31-1121 and 31-1122 are BLS's 31-1120), an occupation takes
 * the one line of its broad group that no O*NET occupation has.
 */
function readEmployment(orm: CatalogOrm, socCodes: readonly string[]): (socCode: string) => number | null {
  const lines = orm
    .select({ socCode: projections.socCode, employment: projections.employmentBase })
    .from(projections)
    .where(eq(projections.occupationType, 'Line item'))
    .all();
  const own = new Map(lines.map((l) => [l.socCode, l.employment]));
  const onet = new Set(socCodes);
  const merged = groupBy(
    lines.filter((l) => !onet.has(l.socCode)).map((l) => ({ ...l, code: broadGroupOf(l.socCode) })),
    (l) => [l.employment],
  );
  return (socCode) => own.get(socCode) ?? (merged.get(broadGroupOf(socCode))?.length === 1 ? merged.get(broadGroupOf(socCode))![0] : null);
}

/** Every occupation with its titles (O*NET's and those employers post), task statements and detailed work activities, in code order. */
export function readOccupationRecords(db: CatalogDb): OccupationRecord[] {
  const orm = createCatalogOrm(db);
  const rows = orm
    .select({ code: occupations.code, socCode: occupations.socCode, title: occupations.title, description: occupations.description })
    .from(occupations)
    .orderBy(asc(occupations.code))
    .all();
  const employment = readEmployment(orm, rows.map((o) => o.socCode));
  const titleRows = orm
    .select({ code: occupationTitles.occupationCode, kind: occupationTitles.kind, title: occupationTitles.title, shortTitle: occupationTitles.shortTitle })
    .from(occupationTitles)
    .orderBy(asc(occupationTitles.id))
    .all();
  const taskRows = orm.select({ code: tasks.occupationCode, task: tasks.task }).from(tasks).orderBy(asc(tasks.taskId)).all();
  const titles = groupBy(titleRows, (r) => [r.title, r.shortTitle]);
  // Titles in use: those O*NET's survey respondents reported, and those employers post (none in a catalog from before them).
  const postedRows = hasTable(db, 'posted_titles') ? orm.select({ code: postedTitles.occupationCode, title: postedTitles.title }).from(postedTitles).orderBy(asc(postedTitles.title)).all() : [];
  const posted = groupBy(postedRows, (r) => [r.title]);
  const inUse = groupBy([...titleRows.filter((r) => r.kind === 'reported'), ...postedRows], (r) => [r.title]);
  const tasksOf = groupBy(taskRows, (r) => [r.task]);
  // O*NET's detailed work activities in its plainer words ("Draw blood samples from patients"), once per occupation.
  const activityRows = hasTable(db, 'task_activities')
    ? orm
        .selectDistinct({ code: taskActivities.occupationCode, activity: detailedWorkActivities.title, dwaId: detailedWorkActivities.dwaId })
        .from(taskActivities)
        .innerJoin(detailedWorkActivities, eq(detailedWorkActivities.dwaId, taskActivities.dwaId))
        .orderBy(asc(taskActivities.occupationCode), asc(detailedWorkActivities.dwaId))
        .all()
    : [];
  const activities = groupBy(activityRows, (r) => [r.activity]);
  return rows.map(({ socCode, ...o }) => ({
    ...o,
    employment: employment(socCode),
    titles: [...(titles.get(o.code) ?? []), ...(posted.get(o.code) ?? [])],
    inUse: inUse.get(o.code) ?? [],
    posted: posted.get(o.code) ?? [],
    tasks: tasksOf.get(o.code) ?? [],
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
