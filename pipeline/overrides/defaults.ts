import type { CatalogDb } from '../db/catalog-db.ts';
import type { itemLists, itemSources } from '../db/schema/content.ts';
import type { taskTypes } from '../db/schema/occupations.ts';

/**
 * What an occupation page shows when no override file says otherwise: the single statement of the
 * rule. The pipeline stores the result (merged with overrides) in `effective_items`, and the site
 * reads that table, so neither it nor anything else re-derives these lists.
 *
 * - responsibilities: O*NET's Core task statements;
 * - tasks: the Supplemental statements, and those O*NET has not rated yet (not confirmed as core);
 * - when an occupation has only one of these kinds, its first `SPLIT_WHEN_ONE_KIND` statements are the
 *   responsibilities and the rest the tasks, so neither section is empty while O*NET has enough to fill both;
 * - statements keep O*NET's order (Task ID): the catalog has no task importance ratings to rank by;
 * - tools: Technology Skills, then Tools Used, in O*NET's order; the category is the UNSPSC commodity
 *   title O*NET files them under, and `hot` its Hot Technology flag (never set on Tools Used).
 */

export const SPLIT_WHEN_ONE_KIND = 8;

export const ONET_LABEL = 'From O*NET';

export type ItemList = (typeof itemLists)[number];

/** One entry of a list as a page shows it; `category` and `hot` are for tools only. */
export type ListItem = { text: string; category: string | null; hot: boolean | null; source: (typeof itemSources)[number]; sourceLabel: string };

export type ItemLists = Record<ItemList, ListItem[]>;

export type Statement = { text: string; type: (typeof taskTypes)[number] | null };

export const emptyLists = (): ItemLists => ({ responsibility: [], task: [], tool: [] });

/** Responsibilities and tasks from an occupation's task statements, given in O*NET's order. */
export function splitStatements(statements: readonly Statement[]): { responsibility: string[]; task: string[] } {
  const core = statements.filter((s) => s.type === 'Core').map((s) => s.text);
  const other = statements.filter((s) => s.type !== 'Core').map((s) => s.text);
  if (core.length && other.length) return { responsibility: core, task: other };
  const only = core.length ? core : other;
  return { responsibility: only.slice(0, SPLIT_WHEN_ONE_KIND), task: only.slice(SPLIT_WHEN_ONE_KIND) };
}

const fromOnet = (text: string, category: string | null = null, hot: boolean | null = null): ListItem => ({ text, category, hot, source: 'onet', sourceLabel: ONET_LABEL });

type TaskRow = { code: string; text: string; type: Statement['type'] };
type ToolRow = { code: string; name: string; category: string; hot: number | null };

/** The O*NET default lists of every occupation with statements or tools in the catalog, or of `code` only. */
export function readOnetDefaults(db: CatalogDb, code?: string): Map<string, ItemLists> {
  const where = code === undefined ? '' : 'WHERE occupation_code = ?';
  const params = code === undefined ? [] : [code];
  const tasks = db.prepare(`SELECT occupation_code AS code, task AS text, task_type AS type FROM tasks ${where} ORDER BY occupation_code, task_id`).all(...params) as TaskRow[];
  // 'technology' sorts before 'tool': Technology Skills first.
  const tools = db
    .prepare(`SELECT occupation_code AS code, example AS name, commodity_title AS category, hot_technology AS hot FROM tools ${where} ORDER BY occupation_code, kind, id`)
    .all(...params) as ToolRow[];

  const statements = new Map<string, Statement[]>();
  for (const row of tasks) {
    if (!statements.has(row.code)) statements.set(row.code, []);
    statements.get(row.code)!.push(row);
  }
  const defaults = new Map<string, ItemLists>();
  const listsOf = (c: string) => defaults.get(c) ?? defaults.set(c, emptyLists()).get(c)!;
  for (const [c, list] of statements) {
    const { responsibility, task } = splitStatements(list);
    Object.assign(listsOf(c), { responsibility: responsibility.map((t) => fromOnet(t)), task: task.map((t) => fromOnet(t)) });
  }
  for (const row of tools) listsOf(row.code).tool.push(fromOnet(row.name, row.category, row.hot === 1));
  return defaults;
}
