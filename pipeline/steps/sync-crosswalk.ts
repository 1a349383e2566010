import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { insertRows } from '../db/catalog-db.ts';
import { cipCodes, cipSocCrosswalk, institutionInRegion, institutions, programs } from '../db/schema/index.ts';
import { readManualMappings } from '../crosswalk/manual-mappings.ts';
import { titleNamesOccupation } from '../../core/title-match.ts';
import type { StepContext, StepResult } from './context.ts';

type Mapping = { cipCode: string; cipTitle: string; socCode: string; socTitle: string };

/** CIP codes the region's programs use, with their titles. */
function loadRegionCips(ctx: StepContext): { code: string; title: string }[] {
  return drizzle(ctx.db)
    .selectDistinct({ code: cipCodes.code, title: cipCodes.title })
    .from(programs)
    .innerJoin(institutions, eq(institutions.unitid, programs.unitid))
    .innerJoin(cipCodes, eq(cipCodes.code, programs.cipCode))
    .where(institutionInRegion(ctx.config.region.msa.code))
    .orderBy(cipCodes.code)
    .all();
}

/**
 * The crosswalk sync (the original product's strategy): add CIP→SOC mappings where a CIP the region's
 * programs use has a title naming an occupation that NCES does not map it to; show only mappings whose
 * CIP some program in the region uses; always keep editors' manual mappings. Writes a report to review.
 */
export function syncCrosswalk(ctx: StepContext): StepResult {
  const regionCips = loadRegionCips(ctx);
  const socTitles = ctx.db.prepare(`SELECT soc_code AS socCode, title FROM occupations WHERE code LIKE '%.00'`).all() as { socCode: string; title: string }[];
  const existing = new Set((ctx.db.prepare('SELECT cip_code || \'|\' || soc_code FROM cip_soc_crosswalk').pluck().all() as string[]));

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
  const upsertManual = ctx.db.prepare(
    `INSERT INTO cip_soc_crosswalk (cip_code, soc_code, source, shown, note) VALUES (?, ?, 'manual', 1, ?)
     ON CONFLICT (cip_code, soc_code) DO UPDATE SET source = 'manual', shown = 1, note = excluded.note`,
  );
  const knownCip = new Set(ctx.db.prepare('SELECT code FROM cip_codes').pluck().all() as string[]);
  const knownSoc = new Set(socTitles.map((s) => s.socCode));
  for (const m of manual) if (knownCip.has(m.cipCode) && knownSoc.has(m.socCode)) upsertManual.run(m.cipCode, m.socCode, m.note);

  const regionCodes = regionCips.map((c) => c.code);
  ctx.db.prepare(`UPDATE cip_soc_crosswalk SET shown = 1 WHERE source = 'nces' AND cip_code IN (SELECT value FROM json_each(?))`).run(JSON.stringify(regionCodes));
  writeCrosswalkReport(ctx, added);
  const count = (sql: string) => ctx.db.prepare(sql).pluck().get() as number;
  return {
    program_sync: added.length,
    manual: manual.length,
    nces_shown: count(`SELECT count(*) FROM cip_soc_crosswalk WHERE source = 'nces' AND shown = 1`),
    nces_left_out: count(`SELECT count(*) FROM cip_soc_crosswalk WHERE source = 'nces' AND shown = 0`),
  };
}

/** `crosswalk-report.md`: what the sync added and left out, for an editor to review in a pull request. */
function writeCrosswalkReport(ctx: StepContext, added: Mapping[]): void {
  const leftOut = ctx.db
    .prepare(
      `SELECT x.cip_code AS cipCode, c.title AS cipTitle, x.soc_code AS socCode FROM cip_soc_crosswalk x JOIN cip_codes c ON c.code = x.cip_code
       WHERE x.source = 'nces' AND x.shown = 0 ORDER BY x.cip_code, x.soc_code`,
    )
    .all() as { cipCode: string; cipTitle: string; socCode: string }[];
  const manual = ctx.db.prepare(`SELECT cip_code AS cipCode, soc_code AS socCode, note FROM cip_soc_crosswalk WHERE source = 'manual' ORDER BY cip_code`).all() as { cipCode: string; socCode: string; note: string | null }[];
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
