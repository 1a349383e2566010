import { insertRows } from '../db/catalog-db.ts';
import { cipCodes, cipSocCrosswalk, institutions, programCompletions, programIdOf, programs } from '../db/schema/index.ts';
import { readCipCodes, readCipSocCrosswalk } from '../sources/nces-cip.ts';
import { completionsYear, readCompletions, readInstitutions } from '../sources/nces-ipeds.ts';
import { importSource, keepKnown, type StepContext, type StepResult } from './context.ts';

/**
 * Imports CIP 2020 codes, the NCES CIP–SOC crosswalk, and the IPEDS institutions and programs of the
 * region's state (or of `states`: every edition's, when one catalog is the base of several).
 */
export function importEducation(ctx: StepContext, states: readonly string[] = [ctx.config.region.state.code]): StepResult {
  const result: StepResult = {};
  const knownCip = new Set<string>();

  result.cip_codes = importSource(ctx, 'cip:codes', (p) => readCipCodes(p, ctx.problems), (parsed) =>
    insertRows(ctx.db, cipCodes, parsed.rows.map(({ value: c }) => {
      knownCip.add(c.code);
      return c;
    })));

  const cipKey = (field: string) => ({ field, of: (v: { cipCode: string }) => v.cipCode });
  const expectedCip = 'a CIP code listed in CIPCode2020';

  result.cip_soc_crosswalk = importSource(ctx, 'cip:soc-crosswalk', (p) => readCipSocCrosswalk(p, ctx.problems), (parsed) =>
    insertRows(ctx.db, cipSocCrosswalk, keepKnown(ctx, parsed, knownCip, [cipKey('CIP2020Code')], expectedCip)
      .map((r) => ({ cipCode: r.cipCode, socCode: r.socCode, source: 'nces' as const, shown: false }))));

  const unitids = new Set<number>();
  result.institutions = importSource(ctx, 'ipeds:institutions', (p) => readInstitutions(p, ctx.problems, states), (parsed) =>
    insertRows(ctx.db, institutions, parsed.rows.map(({ value: i }) => {
      unitids.add(i.unitid);
      return i;
    })));

  result.programs = 0;
  result.program_completions = importSource(ctx, 'ipeds:completions', (p) => readCompletions(p, ctx.problems, unitids), (parsed) => {
    const rows = keepKnown(ctx, parsed, knownCip, [cipKey('CIPCODE')], expectedCip);
    const programRows = rows.map((c) => ({ id: programIdOf(c), unitid: c.unitid, cipCode: c.cipCode, awardLevel: c.awardLevel }));
    result.programs = insertRows(ctx.db, programs, programRows);
    return insertRows(ctx.db, programCompletions, rows.map((c, i) => ({ programId: programRows[i].id, year: completionsYear, total: c.total, men: c.men, women: c.women })));
  });
  return result;
}
