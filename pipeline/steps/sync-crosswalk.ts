import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import { countRows, insertRows } from '../db/catalog-db.ts';
import { cipCodes, cipSocCrosswalk, institutionInRegion, institutions, occupations, programs } from '../db/schema/index.ts';
import { readManualMappings } from '../crosswalk/manual-mappings.ts';
import { titleNamesOccupation } from '../../core/title-match.ts';
import type { StepContext, StepResult } from './context.ts';

type Mapping = { cipCode: string; cipTitle: string; socCode: string; socTitle: string };

/** CIP codes the region's programs use, with their titles. */
function loadRegionCips(ctx: StepContext): { code: string; title: string }[] {
  return ctx.orm
    .selectDistinct({ code: cipCodes.code, title: cipCodes.title })
    .from(programs)
    .innerJoin(institutions, eq(institutions.unitid, programs.unitid))
    .innerJoin(cipCodes, eq(cipCodes.code, programs.cipCode))
    .where(institutionInRegion(ctx.config.region.msa.code))
    .orderBy(asc(cipCodes.code))
    .all();
}

/**
 * The crosswalk sync (the original product's strategy): add CIP→SOC mappings where a CIP the region's
 * programs use has a title naming an occupation that NCES does not map it to; show only mappings whose
 * CIP some program in the region uses; always keep editors' manual mappings. Writes a report to review.
 */
export function syncCrosswalk(ctx: StepContext): StepResult {
  const regionCips = loadRegionCips(ctx);
  const socTitles = ctx.orm.select({ socCode: occupations.socCode, title: occupations.title }).from(occupations).where(like(occupations.code, '%.00')).all();
  const pairs = ctx.orm.select({ cipCode: cipSocCrosswalk.cipCode, socCode: cipSocCrosswalk.socCode }).from(cipSocCrosswalk).all();
  const existing = new Set(pairs.map((p) => `${p.cipCode}|${p.socCode}`));

  const added: Mapping[] = [];
  for (const cip of regionCips) {
    for (const soc of socTitles) {
      if (existing.has(`${cip.code}|${soc.socCode}`) || !titleNamesOccupation(cip.title, soc.title)) continue;
      added.push({ cipCode: cip.code, cipTitle: cip.title, socCode: soc.socCode, socTitle: soc.title });
      existing.add(`${cip.code}|${soc.socCode}`);
    }
  }
  insertRows(ctx.db, cipSocCrosswalk, added.map((m) => ({
    cipCode: m.cipCode, socCode: m.socCode, source: 'program_sync' as const, shown: true, note: `"${m.cipTitle}" names "${m.socTitle}"`,
  })));

  // Its codes were checked with the rest of the content; a mapping that failed there is left to that problem.
  const manual = readManualMappings(ctx.contentDir);
  const knownCip = new Set(ctx.orm.select({ code: cipCodes.code }).from(cipCodes).all().map((c) => c.code));
  const knownSoc = new Set(socTitles.map((s) => s.socCode));
  for (const m of manual) {
    if (!knownCip.has(m.cipCode) || !knownSoc.has(m.socCode)) continue;
    const set = { source: 'manual' as const, shown: true, note: m.note };
    ctx.orm.insert(cipSocCrosswalk).values({ cipCode: m.cipCode, socCode: m.socCode, ...set }).onConflictDoUpdate({ target: [cipSocCrosswalk.cipCode, cipSocCrosswalk.socCode], set }).run();
  }

  const regionCodes = regionCips.map((c) => c.code);
  ctx.orm.update(cipSocCrosswalk).set({ shown: true }).where(and(eq(cipSocCrosswalk.source, 'nces'), inArray(cipSocCrosswalk.cipCode, regionCodes))).run();
  writeCrosswalkReport(ctx, added);
  const countNces = (shown: boolean) => countRows(ctx.orm, cipSocCrosswalk, and(eq(cipSocCrosswalk.source, 'nces'), eq(cipSocCrosswalk.shown, shown)));
  return {
    program_sync: added.length,
    manual: manual.length,
    nces_shown: countNces(true),
    nces_left_out: countNces(false),
  };
}

/** `crosswalk-report.md`: what the sync added and left out, for an editor to review in a pull request. */
function writeCrosswalkReport(ctx: StepContext, added: Mapping[]): void {
  const leftOut = ctx.orm
    .select({ cipCode: cipSocCrosswalk.cipCode, cipTitle: cipCodes.title, socCode: cipSocCrosswalk.socCode })
    .from(cipSocCrosswalk)
    .innerJoin(cipCodes, eq(cipCodes.code, cipSocCrosswalk.cipCode))
    .where(and(eq(cipSocCrosswalk.source, 'nces'), eq(cipSocCrosswalk.shown, false)))
    .orderBy(asc(cipSocCrosswalk.cipCode), asc(cipSocCrosswalk.socCode))
    .all();
  const manual = ctx.orm
    .select({ cipCode: cipSocCrosswalk.cipCode, socCode: cipSocCrosswalk.socCode, note: cipSocCrosswalk.note })
    .from(cipSocCrosswalk)
    .where(eq(cipSocCrosswalk.source, 'manual'))
    .orderBy(asc(cipSocCrosswalk.cipCode))
    .all();
  const region = ctx.config.region;
  const lines = [
    `# Crosswalk report — ${region.name}`,
    '',
    `## Added by the sync (${added.length})`,
    '',
    `CIP codes used by programs in the ${region.msa.name} area whose title names an occupation the NCES crosswalk does not map them to.`,
    '',
    '| CIP | Program title | SOC | Occupation |',
    '| --- | --- | --- | --- |',
    ...added.map((m) => `| ${m.cipCode} | ${m.cipTitle} | ${m.socCode} | ${m.socTitle} |`),
    '',
    `## Manual mappings (${manual.length}), always kept`,
    '',
    ...manual.map((m) => `- ${m.cipCode} → ${m.socCode}${m.note ? `: ${m.note}` : ''}`),
    '',
    `## NCES mappings left out of the site (${leftOut.length})`,
    '',
    'No program in the region uses these CIP codes; they stay in the catalog, tagged as not shown.',
    '',
    '<details><summary>List</summary>',
    '',
    ...leftOut.map((m) => `- ${m.cipCode} ${m.cipTitle} → ${m.socCode}`),
    '',
    '</details>',
    '',
  ];
  writeFileSync(join(ctx.outDir, 'crosswalk-report.md'), lines.join('\n'));
}
