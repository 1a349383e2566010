import { relative, resolve } from 'node:path';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { insertRows } from '../db/catalog-db.ts';
import { companies, effectiveItems, enrichments, highDemand, programs, roles } from '../db/schema/index.ts';
import type { Occupation } from '../content/closest-occupations.ts';
import { readEducationLookup } from '../content/education-lookup.ts';
import { allOccupationsSocCode } from '../constants.ts';
import { formatExpiredWarning, resolveToday, writeExpiredReport } from '../content/expired-roles.ts';
import { computeProjectionsHighDemand } from '../content/high-demand-rule.ts';
import { validateContent, type ContentOptions, type ContentRows } from '../content/validate-content.ts';
import type { ProgramChanges } from '../content/validate-programs.ts';
import { readRefinements } from '../enrich/refinements.ts';
import { computeEffectiveItems } from '../overrides/effective-items.ts';
import { loadSocIndex } from '../lib/soc-index.ts';
import { locateById } from '../sources/locate.ts';
import type { StepContext, StepResult } from './context.ts';

/**
 * Imports editors' content (companies, roles, the curated high-demand list, program corrections and
 * additions, O*NET overrides) after validating it against the occupations and IPEDS programs already
 * in the catalog, and adds the high-demand occupations the projections rule selects. The cached model
 * refinements (`ctx.enrichmentDir`) are merged here, as they change the same
 * lists. Any problem is added to the run's collector and nothing is written.
 */
export function importContent(
  ctx: StepContext,
  options: Omit<ContentOptions, 'occupations' | 'education' | 'socIndex'> = { contentDir: ctx.contentDir, repoRoot: resolve('.'), publicDir: resolve('public') },
): StepResult {
  const occupations = ctx.db.prepare('SELECT code, title FROM occupations ORDER BY code').all() as Occupation[];
  const education = readEducationLookup(ctx.db);
  // The O*NET tables are already in the catalog, so "closest" hints get the ranker's full index.
  const socIndex = () => loadSocIndex(ctx.db);
  const { rows, problems } = validateContent({ ...options, occupations, education, socIndex });
  for (const problem of problems) ctx.problems.add(problem);

  const fromProjections = computeProjectionsHighDemand(ctx.db);
  if (!fromProjections) {
    const path = locateById(ctx.root, 'projections:table-1.2');
    ctx.problems.add({
      file: path ? relative('.', path) : 'projections:table-1.2',
      field: 'SOC Code',
      value: allOccupationsSocCode,
      expected: 'the "Total, all occupations" row with a percent change (the high-demand rule compares each occupation with it)',
    });
  }
  if (problems.length || !fromProjections) return {};
  // Checked once the roles are known: an entry may refine a role's lists.
  const refinements = readRefinements(ctx.enrichmentDir, ctx.config.id, new Set(occupations.map((o) => o.code)), [...rows.roles, ...rows.expired]);
  for (const problem of refinements.problems) ctx.problems.add(problem);
  if (refinements.problems.length) return {};
  const today = options?.today ?? resolveToday();
  for (const role of rows.expired) console.warn(formatExpiredWarning(role, today));
  writeExpiredReport(ctx.outDir, rows.expired, today);

  return {
    companies: insertRows(ctx.db, companies, rows.companies),
    roles: insertRows(ctx.db, roles, rows.roles),
    high_demand: insertRows(ctx.db, highDemand, [...rows.curated, ...fromProjections]),
    ...applyProgramChanges(ctx, rows.programs),
    enrichments: insertRows(ctx.db, enrichments, refinements.rows),
    roles_expired: rows.expired.length,
    effective_items: insertRows(ctx.db, effectiveItems, computeEffectiveItems(ctx.db, overrideRoles(rows), rows.overrides, ctx.config.region.name, refinements.byOwner)),
  };
}

/** Corrects the IPEDS rows editors' files target and adds the programs they add. */
function applyProgramChanges(ctx: StepContext, changes: ProgramChanges): StepResult {
  const orm = drizzle(ctx.db);
  ctx.db.transaction(() => {
    for (const { id, set } of changes.edits) orm.update(programs).set(set).where(eq(programs.id, id)).run();
  })();
  return { programs_edited: changes.edits.length, programs_added: insertRows(ctx.db, programs, changes.added) };
}

/** Roles as overrides see them: which occupation they inherit from and the company their own items are labelled with. */
function overrideRoles(rows: ContentRows) {
  const companyNames = new Map(rows.companies.map((c) => [c.slug, c.name]));
  return rows.roles.map((r) => ({ slug: r.slug, title: r.title, occupationCode: r.occupationCode, companyName: companyNames.get(r.companySlug)! }));
}
