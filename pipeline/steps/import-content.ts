import { relative } from 'node:path';
import { insertRows } from '../db/catalog-db.ts';
import { companies, highDemand, roles } from '../db/schema/index.ts';
import type { Occupation } from '../content/closest-occupations.ts';
import { allOccupationsSocCode, computeProjectionsHighDemand } from '../content/high-demand-rule.ts';
import { resolveContentOptions, validateContent, type ContentOptions } from '../content/validate-content.ts';
import { locateById } from '../sources/locate.ts';
import type { StepContext, StepResult } from './context.ts';

/**
 * Imports editors' content (companies, roles, the curated high-demand list) after validating it
 * against the occupations already in the catalog, and adds the high-demand occupations the
 * projections rule selects. Any problem is added to the run's collector and nothing is written.
 */
export function importContent(ctx: StepContext, options?: Omit<ContentOptions, 'occupations'>): StepResult {
  const occupations = ctx.db.prepare('SELECT code, title FROM occupations ORDER BY code').all() as Occupation[];
  const { rows, problems } = validateContent(options ? { ...options, occupations } : resolveContentOptions(occupations));
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

  return {
    companies: insertRows(ctx.db, companies, rows.companies),
    roles: insertRows(ctx.db, roles, rows.roles),
    high_demand: insertRows(ctx.db, highDemand, [...rows.curated, ...fromProjections]),
  };
}
