import { eq } from 'drizzle-orm';
import { effectiveItems, type itemOwnerKinds } from '../../../pipeline/db/schema/index.ts';
import { cached, groupBy, openCatalog } from './db.ts';

/**
 * The responsibilities, tasks and tools pages show, read from `effective_items` (O*NET defaults
 * merged with editors' overrides by the pipeline) so editors' changes appear and nothing re-derives them.
 */

/** Items sharing one source label, which the page shows once above them rather than on every item. */
export interface SourceGroup<T> {
  /** `From O*NET`, `Custom (<region> editors)` or `From <company>`. */
  label: string;
  /** From an editor's override file, not an O*NET default. */
  custom: boolean;
  items: T[];
}

export interface ToolCategory {
  category: string;
  tools: { name: string; hot: boolean }[];
}

export interface EffectiveLists {
  responsibilities: SourceGroup<string>[];
  tasks: SourceGroup<string>[];
  tools: SourceGroup<ToolCategory>[];
}

type Row = Pick<typeof effectiveItems.$inferSelect, 'ownerId' | 'list' | 'text' | 'category' | 'hot' | 'source' | 'sourceLabel'>;

/** Editors may file a tool without a category; it still needs a group. */
const uncategorized = 'Other tools';

/** Groups in order of first appearance, so O*NET's items stay ahead of the editors' additions. */
function bySource<T>(rows: Row[], toItems: (rows: Row[]) => T[]): SourceGroup<T>[] {
  return [...groupBy(rows, (r) => r.sourceLabel)].map(([label, list]) => ({ label, custom: list[0].source === 'custom', items: toItems(list) }));
}

function toLists(rows: Row[]): EffectiveLists {
  const lists = groupBy(rows, (r) => r.list);
  const statements = (list: Row[]) => list.map((r) => r.text);
  const categories = (list: Row[]) =>
    [...groupBy(list, (r) => r.category ?? uncategorized)].map(([category, tools]) => ({ category, tools: tools.map((t) => ({ name: t.text, hot: Boolean(t.hot) })) }));
  return {
    responsibilities: bySource(lists.get('responsibility') ?? [], statements),
    tasks: bySource(lists.get('task') ?? [], statements),
    tools: bySource(lists.get('tool') ?? [], categories),
  };
}

function loadLists(kind: (typeof itemOwnerKinds)[number]): Map<string, EffectiveLists> {
  const rows = openCatalog()
    .select({
      ownerId: effectiveItems.ownerId,
      list: effectiveItems.list,
      text: effectiveItems.text,
      category: effectiveItems.category,
      hot: effectiveItems.hot,
      source: effectiveItems.source,
      sourceLabel: effectiveItems.sourceLabel,
    })
    .from(effectiveItems)
    .where(eq(effectiveItems.ownerKind, kind))
    .orderBy(effectiveItems.ownerId, effectiveItems.list, effectiveItems.position)
    .all();
  return new Map([...groupBy(rows, (r) => r.ownerId)].map(([owner, list]) => [owner, toLists(list)]));
}

export const emptyLists = (): EffectiveLists => ({ responsibilities: [], tasks: [], tools: [] });

/** Keyed by O*NET-SOC code. */
export const occupationLists = cached(() => loadLists('occupation'));

/** Keyed by role slug. */
export const roleLists = cached(() => loadLists('role'));
