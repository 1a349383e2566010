import { eq } from 'drizzle-orm';
import { effectiveItems } from '../../../pipeline/db/schema/index.ts';
import { groupBy, openCatalog } from './db.ts';

/** One inherited item as the admin's override view lists it. */
export type InheritedItem = { text: string; category: string | null; source: string };

/** List name (as override files name them) → items, for each owner of an override file: what it would show without the file. */
export type InheritedLists = Record<'responsibilities' | 'tasks' | 'tools', InheritedItem[]>;

const listKey = { responsibility: 'responsibilities', task: 'tasks', tool: 'tools' } as const;

export function getInheritedLists(): Record<string, InheritedLists> {
  const rows = openCatalog()
    .select({ ownerId: effectiveItems.ownerId, list: effectiveItems.list, text: effectiveItems.text, category: effectiveItems.category, source: effectiveItems.sourceLabel })
    .from(effectiveItems)
    .where(eq(effectiveItems.ownerKind, 'inherited'))
    .orderBy(effectiveItems.ownerId, effectiveItems.list, effectiveItems.position)
    .all();
  return Object.fromEntries(
    [...groupBy(rows, (r) => r.ownerId)].map(([owner, items]) => {
      const lists: InheritedLists = { responsibilities: [], tasks: [], tools: [] };
      for (const { list, text, category, source } of items) lists[listKey[list]].push({ text, category, source });
      return [owner, lists];
    }),
  );
}
