import { relative } from 'node:path';
import { allOccupationsSocCode } from '../constants.ts';
import { computeProjectionsHighDemand } from '../content/high-demand-rule.ts';
import { insertRows } from '../db/catalog-db.ts';
import { highDemand } from '../db/schema/index.ts';
import { locateById } from '../sources/locate.ts';
import type { ValidatedContent } from './import-content.ts';
import type { Handing, StepContext } from './context.ts';

/**
 * Adds the high-demand occupations the projections rule selects, beside the editors' curated list.
 * Without the projections' all-occupations row the rule has nothing to compare with: a located
 * problem, and the content is not handed on, so the later content stages write nothing.
 */
export function applyHighDemandRule(ctx: StepContext, content: ValidatedContent): Handing<ValidatedContent> {
  const fromProjections = computeProjectionsHighDemand(ctx.orm);
  if (!fromProjections) {
    const path = locateById(ctx.root, 'projections:table-1.2');
    ctx.problems.add({
      file: path ? relative('.', path) : 'projections:table-1.2',
      field: 'SOC Code',
      value: allOccupationsSocCode,
      expected: 'the "Total, all occupations" row with a percent change (the high-demand rule compares each occupation with it)',
    });
  }
  if (!content || !fromProjections) return { written: {}, handOn: null };
  return { written: { high_demand: insertRows(ctx.db, highDemand, fromProjections) }, handOn: content };
}
