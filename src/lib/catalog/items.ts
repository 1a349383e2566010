import { eq } from 'drizzle-orm';
import { effectiveItems, enrichments, tasks, type itemOwnerKinds } from '../../../pipeline/db/schema/index.ts';
import { cached, groupBy, openCatalog } from './db.ts';
import { roleRows } from './roles.ts';

/**
 * The responsibilities, tasks and tools pages show, read from `effective_items` (O*NET defaults
 * merged with editors' overrides by the pipeline) so editors' changes appear and nothing re-derives them.
 */

/** Where a model-refined group came from, for the note beside it. */
export interface Refinement {
  model: string;
  /** `YYYY-MM-DD`, when it was generated. */
  date: string;
  /** O*NET OnLine's task statements of the occupation the model refined: the originals. */
  originalsUrl: string;
}

/** Items sharing one source label, which the page shows once above them rather than on every item. */
export interface SourceGroup<T> {
  /** `From O*NET`, `Custom (<region> editors)`, `Refined from O*NET tasks` or `From <company>`. */
  label: string;
  /** From an editor's override file, not an O*NET default. */
  custom: boolean;
  /** Set on the group refined by a model (`npm run enrich`). */
  refinement: Refinement | null;
  items: T[];
}

export interface ToolCategory {
  category: string;
  tools: { name: string; hot: boolean }[];
}

/**
 * How O*NET rates the occupation's task statements (Task Type): `split` some Core and some not, so the
 * default responsibilities are exactly the Core ones; `core` or `supplemental` all of one kind; `unrated`
 * none rated; `none` no statements.
 */
export type TaskRating = 'split' | 'core' | 'supplemental' | 'unrated' | 'none';

export interface EffectiveLists {
  responsibilities: SourceGroup<string>[];
  tasks: SourceGroup<string>[];
  tools: SourceGroup<ToolCategory>[];
  /** O*NET's rating of the statements behind the lists (a role's: its occupation's). */
  taskRating: TaskRating;
}

type Row = Pick<typeof effectiveItems.$inferSelect, 'ownerId' | 'list' | 'text' | 'category' | 'hot' | 'source' | 'sourceLabel'>;

/** Editors may file a tool without a category; it still needs a group. */
const uncategorized = 'Other tools';

/** Groups in order of first appearance, so O*NET's items stay ahead of the editors' additions. */
function bySource<T>(rows: Row[], refinement: Refinement | null, toItems: (rows: Row[]) => T[]): SourceGroup<T>[] {
  return [...groupBy(rows, (r) => r.sourceLabel)].map(([label, list]) => ({
    label,
    custom: list[0].source === 'custom',
    refinement: list[0].source === 'refined' ? refinement : null,
    items: toItems(list),
  }));
}

function toLists(rows: Row[], refinement: Refinement | null, taskRating: TaskRating): EffectiveLists {
  const lists = groupBy(rows, (r) => r.list);
  const statements = (list: Row[]) => list.map((r) => r.text);
  const categories = (list: Row[]) =>
    [...groupBy(list, (r) => r.category ?? uncategorized)].map(([category, tools]) => ({ category, tools: tools.map((t) => ({ name: t.text, hot: Boolean(t.hot) })) }));
  return {
    responsibilities: bySource(lists.get('responsibility') ?? [], refinement, statements),
    tasks: bySource(lists.get('task') ?? [], refinement, statements),
    tools: bySource(lists.get('tool') ?? [], refinement, categories),
    taskRating,
  };
}

/** Each occupation's `TaskRating`, from the Task Type of its O*NET statements. */
const taskRatings = cached((): Map<string, TaskRating> => {
  const rows = openCatalog().select({ code: tasks.occupationCode, type: tasks.taskType }).from(tasks).all();
  return new Map(
    [...groupBy(rows, (r) => r.code)].map(([code, list]) => {
      const kinds = new Set(list.map((r) => r.type));
      const rating: TaskRating = kinds.has('Core') ? (kinds.size > 1 ? 'split' : 'core') : kinds.has('Supplemental') ? 'supplemental' : 'unrated';
      return [code, rating];
    }),
  );
});

/**
 * The refinement behind each owner's refined items. A role inheriting its occupation's refined lists
 * has no entry of its own, so it falls back to its occupation's.
 */
function loadRefinements(): Map<string, Refinement> {
  const rows = openCatalog()
    .select({ ownerId: enrichments.ownerId, occupationCode: enrichments.occupationCode, model: enrichments.model, generatedAt: enrichments.generatedAt })
    .from(enrichments)
    .all();
  return new Map(
    rows.map((r) => [r.ownerId, { model: r.model, date: r.generatedAt.slice(0, 10), originalsUrl: `https://www.onetonline.org/link/summary/${r.occupationCode}#Tasks` }]),
  );
}

function loadLists(kind: (typeof itemOwnerKinds)[number], inheritsFrom: (owner: string) => string | undefined = () => undefined): Map<string, EffectiveLists> {
  const refinements = loadRefinements();
  const refinementOf = (owner: string) => refinements.get(owner) ?? refinements.get(inheritsFrom(owner) ?? '') ?? null;
  const ratingOf = (owner: string) => taskRatings().get(owner) ?? taskRatings().get(inheritsFrom(owner) ?? '') ?? 'none';
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
  return new Map([...groupBy(rows, (r) => r.ownerId)].map(([owner, list]) => [owner, toLists(list, refinementOf(owner), ratingOf(owner))]));
}

export const emptyLists = (): EffectiveLists => ({ responsibilities: [], tasks: [], tools: [], taskRating: 'none' });

/** Keyed by O*NET-SOC code. */
export const occupationLists = cached(() => loadLists('occupation'));

/** Keyed by role slug. */
export const roleLists = cached(() => {
  const occupationOf = new Map(roleRows().map((r) => [r.slug, r.occupationCode]));
  return loadLists('role', (slug) => occupationOf.get(slug));
});
