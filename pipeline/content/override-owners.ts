import { describeOccupations, type ClosestOccupations, type Occupation } from './closest-occupations.ts';
import type { OverrideFile } from './content-schemas.ts';
import type { Entry } from './load-content.ts';
import { suggestName } from './similar-text.ts';
import { SLUG_PATTERN, slugKey } from '../db/schema/content.ts';
import { ONET_SOC_PATTERN } from '../db/schema/occupations.ts';
import type { Problem } from '../lib/problems.ts';

/** A role as overrides see it: it inherits its occupation's lists and labels its own items with its company. */
export type OverrideRole = { slug: string; title: string; occupationCode: string; companyName: string };

/** Who an override file (or the CLI's id) is about. */
export type Owner = { kind: 'occupation'; occupation: Occupation } | { kind: 'role'; role: OverrideRole };

/** Resolves what an override file name, or the id given to the CLI, is about: an occupation code or a role slug. */

export function resolveOwner(id: string, occupations: readonly Occupation[], roles: readonly OverrideRole[]): Owner | null {
  const occupation = occupations.find((o) => o.code === id);
  if (occupation) return { kind: 'occupation', occupation };
  const role = roles.find((r) => r.slug === slugKey(id));
  return role ? { kind: 'role', role } : null;
}

/** "expected …" for an id that names nothing: the closest occupations, and the role slug it was probably meant to be. */
export function unknownOwnerHint(id: string, closest: ClosestOccupations, roleSlugs: readonly string[], rolesFolder: string): string {
  const isCode = ONET_SOC_PATTERN.test(id);
  // A slug's words stand in for a title; a code's digits find its neighbours.
  const nearest = closest(isCode ? { title: '', code: id } : { title: id.replace(/-/g, ' ') });
  const role = isCode ? undefined : suggestName(id, roleSlugs);
  const meant = role ? ` (did you mean the role "${role}"?)` : '';
  return `the O*NET-SOC code of an occupation or the slug of a role in ${rolesFolder}/${meant}; closest occupations: ${describeOccupations(nearest)}`;
}

/** A problem for each override file named after neither an occupation nor a role (badly formed names are reported on loading). */
export function checkOverrideOwners(
  entries: readonly Entry<OverrideFile>[],
  occupations: readonly Occupation[],
  closest: ClosestOccupations,
  roleSlugs: readonly string[],
  rolesFolder: string,
  problems: Problem[],
): void {
  const codes = new Set(occupations.map((o) => o.code));
  const roles = new Set(roleSlugs);
  for (const { slug, content } of entries) {
    if (codes.has(slug) || roles.has(slug) || !(ONET_SOC_PATTERN.test(slug) || SLUG_PATTERN.test(slug))) continue;
    problems.push({ file: content.file, field: 'file name', value: slug, expected: unknownOwnerHint(slug, closest, roleSlugs, rolesFolder) });
  }
}
