import type { enrichments } from '../db/schema/index.ts';
import type { Problem } from '../lib/problems.ts';
import type { RefinementsById } from './enrichment-schema.ts';
import type { EnrichmentContent } from './enrichment-schema.ts';
import { readEnrichmentCache } from './read-enrichment-cache.ts';

/**
 * The build's side of the enrichment cache: each valid entry checked against the catalog, so a
 * refinement of an occupation or role that is gone (renamed role, retired code) fails the build
 * instead of silently not showing.
 */

type Row = typeof enrichments.$inferInsert;

export type Refinements = { byOwner: RefinementsById; rows: Row[]; problems: Problem[] };

export function readRefinements(dir: string, edition: string, occupationCodes: ReadonlySet<string>, roles: readonly { slug: string; occupationCode: string }[]): Refinements {
  const { entries, problems } = readEnrichmentCache(dir, edition);
  const roleCodes = new Map(roles.map((r) => [r.slug, r.occupationCode]));
  const byOwner = new Map<string, EnrichmentContent>();
  const rows: Row[] = [];
  for (const { file, enrichment } of entries) {
    const { code, role, model, generatedAt, promptVersion, sourceTaskIds, responsibilities, tasks, tools } = enrichment;
    if (role !== undefined && !roleCodes.has(role)) problems.push({ file, field: 'role', value: role, expected: `the slug of a role in the ${edition} edition's content roles/ folder` });
    else if (role !== undefined && roleCodes.get(role) !== code) problems.push({ file, field: 'code', value: code, expected: `${roleCodes.get(role)}, the occupation of role ${role} (run npm run enrich -- --role ${role} --force)` });
    else if (role === undefined && !occupationCodes.has(code)) problems.push({ file, field: 'code', value: code, expected: 'the O*NET-SOC code of an occupation in the catalog' });
    else {
      const owner = role === undefined ? { ownerKind: 'occupation' as const, ownerId: code } : { ownerKind: 'role' as const, ownerId: role };
      byOwner.set(owner.ownerId, { responsibilities, tasks, tools });
      rows.push({ ...owner, occupationCode: code, model, generatedAt, promptVersion, sourceTaskIds });
    }
  }
  return { byOwner, rows, problems };
}
