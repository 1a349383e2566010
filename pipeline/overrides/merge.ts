import type { OverrideFile, overrideModes } from '../content/content-schemas.ts';
import type { Owner } from '../content/override-owners.ts';
import type { EnrichmentContent, RefinementsById } from '../enrich/enrichment-schema.ts';
import { emptyLists, type ItemList, type ItemLists, type ListItem } from './defaults.ts';

/**
 * Applies override files to lists: `replace` shows only the file's items, `add` appends them to the
 * list it inherits. Every list is then deduplicated (case and spacing ignored; the first one stays, so
 * an O*NET item an editor adds again keeps its O*NET label), and a statement that is a responsibility
 * is not repeated among the tasks: adding a task to responsibilities promotes it.
 */

/** Label of the items an occupation override adds; the region comes from the config. */
export const customLabel = (regionName: string) => `Custom (${regionName} editors)`;

/** Label of the items a role's own override adds. */
export const companyLabel = (companyName: string) => `From ${companyName}`;

/** The key of an override file that changes each list. */
export const OVERRIDE_KEYS = { responsibility: 'responsibilities', task: 'tasks', tool: 'tools' } as const satisfies Record<ItemList, keyof OverrideFile>;

/** The O*NET-SOC code or role slug: the override file's name and `effective_items.owner_id`. */
export const ownerId = (owner: Owner) => (owner.kind === 'occupation' ? owner.occupation.code : owner.role.slug);

/** Override files by owner id. */
export type OverridesById = ReadonlyMap<string, OverrideFile>;

export const sameText = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function dedupe(items: ListItem[], seen = new Set<string>()): ListItem[] {
  return items.filter((item) => {
    const key = sameText(item.text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Change = { mode: (typeof overrideModes)[number]; items: ListItem[] };

function changed(base: ListItem[], change: Change | undefined): ListItem[] {
  if (!change) return base;
  return change.mode === 'replace' ? change.items : [...base, ...change.items];
}

/** `base` with one override file applied, its items labelled `label`. */
export function applyOverride(base: ItemLists, override: OverrideFile | undefined, label: string): ItemLists {
  const custom = (text: string, category: string | null = null, hot: boolean | null = null): ListItem => ({ text, category, hot, source: 'custom', sourceLabel: label });
  const statements = (c: OverrideFile['tasks']): Change | undefined => c && { mode: c.mode, items: c.items.map((t) => custom(t)) };
  const tools = override?.tools;
  const responsibility = dedupe(changed(base.responsibility, statements(override?.responsibilities)));
  return {
    responsibility,
    task: dedupe(changed(base.task, statements(override?.tasks)), new Set(responsibility.map((i) => sameText(i.text)))),
    tool: dedupe(changed(base.tool, tools && { mode: tools.mode, items: tools.items.map((t) => custom(t.name, t.category, t.hot ?? false)) })),
  };
}

/** Label of the lists `npm run enrich` refined (cached in `data/enrichment/`). */
export const REFINED_LABEL = 'Refined from O*NET tasks';

/**
 * `lists` with a cached refinement applied: its responsibilities and tasks take the place of those
 * lists, except one the owner's own override replaces (an editor's list wins over the model's); its
 * tools are added under their categories.
 */
function applyRefinement(lists: ItemLists, refinement: EnrichmentContent | undefined, override?: OverrideFile): ItemLists {
  if (!refinement) return lists;
  const refined = (text: string, category: string | null = null, hot: boolean | null = null): ListItem => ({ text, category, hot, source: 'refined', sourceLabel: REFINED_LABEL });
  const responsibility = override?.responsibilities?.mode === 'replace' ? lists.responsibility : dedupe(refinement.responsibilities.map((t) => refined(t)));
  const task = override?.tasks?.mode === 'replace' ? lists.task : refinement.tasks.map((t) => refined(t));
  return {
    responsibility,
    task: dedupe(task, new Set(responsibility.map((i) => sameText(i.text)))),
    tool: dedupe([...lists.tool, ...refinement.tools.map((t) => refined(t.name, t.category, false))]),
  };
}

/**
 * The lists a page shows: an occupation's O*NET defaults with its override; a role's occupation's
 * effective lists (its override included) with the role's own override.
 *
 * A refinement replaces the lists `npm run enrich` gave the model, so nothing is refined twice or
 * lost: an occupation's refines its O*NET defaults, and its override applies on top (`add` items
 * follow the refined ones, `replace` wins); a role's refines the role's lists after its own override
 * (which the model was given), except a list that override replaces. A role without one inherits its
 * occupation's refined lists.
 */
export function effectiveLists(owner: Owner, defaults: ReadonlyMap<string, ItemLists>, overrides: OverridesById, regionName: string, refinements: RefinementsById = new Map()): ItemLists {
  const ofOccupation = (code: string) => applyOverride(applyRefinement(defaults.get(code) ?? emptyLists(), refinements.get(code)), overrides.get(code), customLabel(regionName));
  if (owner.kind === 'occupation') return ofOccupation(owner.occupation.code);
  const override = overrides.get(owner.role.slug);
  return applyRefinement(applyOverride(ofOccupation(owner.role.occupationCode), override, companyLabel(owner.role.companyName)), refinements.get(owner.role.slug), override);
}
