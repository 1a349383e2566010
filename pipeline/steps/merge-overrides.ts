import { insertRows } from '../db/catalog-db.ts';
import { effectiveItems } from '../db/schema/index.ts';
import type { ContentRows } from '../content/validate-content.ts';
import { computeEffectiveItems } from '../overrides/effective-items.ts';
import type { RefinedContent } from './import-enrichments.ts';
import type { StepContext, StepResult } from './context.ts';

/** Writes `effective_items`: every occupation's and role's lists, O*NET defaults, cached refinements and override files merged. */
export function mergeOverrides(ctx: StepContext, refined: RefinedContent): StepResult {
  if (!refined) return {};
  const { content, refinements } = refined;
  return { effective_items: insertRows(ctx.db, effectiveItems, computeEffectiveItems(ctx.orm, overrideRoles(content), content.overrides, ctx.config.region.name, refinements)) };
}

/** Roles as overrides see them: which occupation they inherit from and the company their own items are labelled with. */
function overrideRoles(rows: ContentRows) {
  const companyNames = new Map(rows.companies.map((c) => [c.slug, c.name]));
  return rows.roles.map((r) => ({ slug: r.slug, title: r.title, occupationCode: r.occupationCode, companyName: companyNames.get(r.companySlug)! }));
}
