import { resolve } from 'node:path';
import { insertRows } from '../db/catalog-db.ts';
import { readOccupationList } from '../db/occupation-list.ts';
import { companies, highDemand, roles } from '../db/schema/index.ts';
import { readEducationLookup } from '../content/education-lookup.ts';
import { formatExpiredWarning, resolveToday, writeExpiredReport } from '../content/expired-roles.ts';
import { validateContent, type ContentOptions, type ContentRows } from '../content/validate-content.ts';
import { loadSocIndex } from '../lib/soc-index.ts';
import type { Handing, StepContext } from './context.ts';

/** The editors' rows the later content stages build on; null once the content (or a stage after it) failed, and then they write nothing. */
export type ValidatedContent = ContentRows | null;

/**
 * Validates editors' content against the occupations and IPEDS programs already in the catalog, writes
 * its companies, roles and curated high-demand list, and hands the validated rows on (program edits,
 * refinements and overrides are later stages). Any problem is added to the run's collector and nothing is written.
 */
export function importContent(
  ctx: StepContext,
  options: Omit<ContentOptions, 'occupations' | 'education' | 'socIndex'> = { contentDir: ctx.contentDir, repoRoot: resolve('.'), publicDir: resolve('public') },
): Handing<ValidatedContent> {
  const occupations = readOccupationList(ctx.orm);
  const education = readEducationLookup(ctx.orm);
  // The O*NET tables are already in the catalog, so "closest" hints get the ranker's full index.
  const socIndex = () => loadSocIndex(ctx.db);
  const { rows, problems } = validateContent({ ...options, occupations, education, socIndex });
  for (const problem of problems) ctx.problems.add(problem);
  if (problems.length) return { written: {}, handOn: null };
  const today = options.today ?? resolveToday();
  for (const role of rows.expired) console.warn(formatExpiredWarning(role, today));
  writeExpiredReport(ctx.outDir, rows.expired, today);
  return {
    written: {
      companies: insertRows(ctx.db, companies, rows.companies),
      roles: insertRows(ctx.db, roles, rows.roles),
      high_demand: insertRows(ctx.db, highDemand, rows.curated),
      roles_expired: rows.expired.length,
    },
    handOn: rows,
  };
}
