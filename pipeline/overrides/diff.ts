import { itemLists } from '../db/schema/content.ts';
import type { ItemLists, ListItem } from './defaults.ts';
import type { Owner } from '../content/override-owners.ts';
import { OVERRIDE_KEYS, sameText } from './merge.ts';

/**
 * What overrides change, list by list, in the spirit of a unified diff: `-` for each O*NET default
 * item the page no longer shows, `+` for each item it shows that O*NET does not give (in page order).
 * Unchanged items are counted, not printed: tool lists run to dozens.
 */

function describeItem(item: ListItem): string {
  const category = item.category ? ` (${item.category})` : '';
  const label = item.source === 'custom' ? ` · ${item.sourceLabel}` : '';
  return `${item.text}${category}${label}`;
}

function describeOwner(owner: Owner): string {
  if (owner.kind === 'occupation') return `${owner.occupation.code} ${owner.occupation.title}`;
  const { slug, title, companyName, occupationCode } = owner.role;
  return `role ${slug} (${title}, ${companyName}; occupation ${occupationCode})`;
}

/** The diff's lines; `files` are the override files that apply, in the order they apply. */
export function renderDiff(owner: Owner, occupationTitle: string, defaults: ItemLists, effective: ItemLists, files: readonly string[]): string[] {
  const code = owner.kind === 'occupation' ? owner.occupation.code : owner.role.occupationCode;
  const lines = [
    `--- O*NET default  ${code} ${occupationTitle}`,
    `+++ effective      ${describeOwner(owner)}, ${files.length ? `with ${files.join(' then ')}` : 'no override file'}`,
  ];
  for (const list of itemLists) {
    const before = defaults[list];
    const after = effective[list];
    const shown = new Set(after.map((i) => sameText(i.text)));
    const given = new Set(before.map((i) => sameText(i.text)));
    const removed = before.filter((i) => !shown.has(sameText(i.text)));
    const added = after.filter((i) => !given.has(sameText(i.text)));
    const change = removed.length || added.length ? `${removed.length} removed, ${added.length} added` : 'unchanged';
    lines.push(`@@ ${OVERRIDE_KEYS[list]}: ${before.length} from O*NET, ${after.length} shown; ${change} @@`);
    lines.push(...removed.map((i) => `-${describeItem(i)}`), ...added.map((i) => `+${describeItem(i)}`));
  }
  return lines;
}
