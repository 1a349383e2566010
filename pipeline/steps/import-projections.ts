import { insertRows } from '../db/catalog-db.ts';
import { projections } from '../db/schema/index.ts';
import { readProjectionsTable } from '../sources/bls-projections.ts';
import { importSource, type StepContext, type StepResult } from './context.ts';

/** Imports BLS Employment Projections Table 1.2 (line items and summary rows). */
export function importProjections(ctx: StepContext): StepResult {
  let years = { baseYear: 0, targetYear: 0 };
  const rows = importSource(ctx, 'projections:table-1.2', (path) => {
    const { baseYear, targetYear, parsed } = readProjectionsTable(path, ctx.problems);
    years = { baseYear, targetYear };
    return parsed;
  }, (parsed) =>
    insertRows(ctx.db, projections, parsed.rows.map(({ value: p }) => ({
      ...p, ...years, medianWage: p.medianWage.value, medianWageNote: p.medianWage.note,
    }))));
  return { projections: rows };
}
