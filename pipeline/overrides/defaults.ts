import { asc, eq } from 'drizzle-orm';
import type { CatalogOrm } from '../db/catalog-db.ts';
import type { itemLists, itemSources } from '../db/schema/content.ts';
import { tasks, tools, type taskTypes } from '../db/schema/occupations.ts';

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

/** The O*NET default lists of every occupation with statements or tools in the catalog, or of `code` only. */
export function readOnetDefaults(orm: CatalogOrm, code?: string): Map<string, ItemLists> {
  const taskRows = orm
    .select({ code: tasks.occupationCode, text: tasks.task, type: tasks.taskType })
    .from(tasks)
    .where(code === undefined ? undefined : eq(tasks.occupationCode, code))
    .orderBy(asc(tasks.occupationCode), asc(tasks.taskId))
    .all();
  // 'technology' sorts before 'tool': Technology Skills first.
  const toolRows = orm
    .select({ code: tools.occupationCode, name: tools.example, category: tools.commodityTitle, hot: tools.hotTechnology })
    .from(tools)
    .where(code === undefined ? undefined : eq(tools.occupationCode, code))
    .orderBy(asc(tools.occupationCode), asc(tools.kind), asc(tools.id))
    .all();

  const statements = new Map<string, Statement[]>();
  for (const row of taskRows) {
    if (!statements.has(row.code)) statements.set(row.code, []);
    statements.get(row.code)!.push(row);
  }
  const defaults = new Map<string, ItemLists>();
  const listsOf = (c: string) => defaults.get(c) ?? defaults.set(c, emptyLists()).get(c)!;
  for (const [c, list] of statements) {
    const { responsibility, task } = splitStatements(list);
    Object.assign(listsOf(c), { responsibility: responsibility.map((t) => fromOnet(t)), task: task.map((t) => fromOnet(t)) });
  }
  for (const row of toolRows) listsOf(row.code).tool.push(fromOnet(row.name, row.category, row.hot === true));
  return defaults;
}
