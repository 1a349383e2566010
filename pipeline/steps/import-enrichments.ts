import { insertRows } from '../db/catalog-db.ts';
import { enrichments } from '../db/schema/index.ts';
import type { ContentRows } from '../content/validate-content.ts';
import type { RefinementsById } from '../enrich/enrichment-schema.ts';
import { readRefinements } from '../enrich/refinements.ts';
import type { ValidatedContent } from './import-content.ts';
import { readOccupationCodes, type Handing, type StepContext } from './context.ts';

/** The content with the cached refinements of its occupations and roles, for the override merge; null when either failed. */
export type RefinedContent = { content: ContentRows; refinements: RefinementsById } | null;

/**
 * Imports the cached model refinements (`ctx.enrichmentDir`). Checked once the roles are known: an
 * entry may refine a role's lists, also an expired role's, so its entry still checks out while it is off the site.
 */
export function importEnrichments(ctx: StepContext, content: ValidatedContent): Handing<RefinedContent> {
  if (!content) return { written: {}, handOn: null };
  const codes = readOccupationCodes(ctx);
  const refinements = readRefinements(ctx.enrichmentDir, ctx.config.id, codes, [...content.roles, ...content.expired]);
  for (const problem of refinements.problems) ctx.problems.add(problem);
  if (refinements.problems.length) return { written: {}, handOn: null };
  return { written: { enrichments: insertRows(ctx.db, enrichments, refinements.rows) }, handOn: { content, refinements: refinements.byOwner } };
}
