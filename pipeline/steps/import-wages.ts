import { basename } from 'node:path';
import { insertRows } from '../db/catalog-db.ts';
import { suppressedMarker, wageFiles, wageMeasures, wages, type WageMeasure, type areaTypes } from '../db/schema/wages.ts';
import type { BlsNumber } from '../lib/fields.ts';
import { locateById } from '../sources/locate.ts';
import { readMetroMedians, readOewsFile, readStateMedians, toAreaCode, type OewsRow } from '../sources/bls-oews.ts';
import { importSource, type StepContext, type StepResult } from './context.ts';

type WageRow = typeof wages.$inferInsert;
type AreaType = (typeof areaTypes)[number];

/** OEWS file names carry the reference year: `national_M2025_dl`, `oews_may2025_…`. */
function yearOf(path: string): number {
  const match = /(?:_M|may)(\d{4})/i.exec(basename(path));
  if (!match) throw new Error(`Cannot tell the OEWS year from the file name ${basename(path)}`);
  return Number(match[1]);
}

function toWageRow(row: OewsRow, areaType: AreaType, year: number, sourceFile: string): WageRow {
  const wage: WageRow = {
    socCode: row.occCode, occTitle: row.occTitle, occGroup: row.occGroup, areaType, areaCode: toAreaCode(areaType, row),
    areaName: row.areaTitle, year, annualOnly: row.annualOnly, hourlyOnly: row.hourlyOnly, specialValues: {}, sourceFile,
  };
  for (const measure of wageMeasures) {
    const { value, special } = row[measure];
    wage[measure] = value;
    if (special) wage.specialValues[measure] = special;
  }
  return wage;
}

type UnitFlags = Pick<WageRow, 'annualOnly' | 'hourlyOnly'>;

/**
 * Median-only rows; an empty median in the derived files means BLS published no figure there. The
 * derived files lack the ANNUAL/HOURLY flags, which BLS sets per occupation, so the national row's apply.
 */
function medianWageRow(base: Omit<WageRow, 'specialValues' | 'annualOnly' | 'hourlyOnly'>, medians: { hMedian: BlsNumber; aMedian: BlsNumber }, flags: UnitFlags | undefined): WageRow {
  const specialValues: Partial<Record<WageMeasure, string>> = {};
  for (const measure of ['hMedian', 'aMedian'] as const) {
    const { value, special } = medians[measure];
    if (value === null) specialValues[measure] = special ?? suppressedMarker;
  }
  return { ...base, hMedian: medians.hMedian.value, aMedian: medians.aMedian.value, annualOnly: flags?.annualOnly ?? false, hourlyOnly: flags?.hourlyOnly ?? false, specialValues };
}

const percentileMeasures = wageMeasures.filter((m) => /Pct/.test(m));

/** Records what one OEWS file covers (see `wage_files`) and writes its rows. */
function writeWageFile(ctx: StepContext, id: string, areaType: AreaType, complete: boolean, rows: WageRow[]): number {
  const markers = new Set(rows.flatMap((r) => Object.values(r.specialValues)));
  insertRows(ctx.db, wageFiles, [{
    sourceId: id,
    areaType,
    complete,
    year: rows[0]?.year ?? 0,
    occupations: new Set(rows.map((r) => r.socCode)).size,
    areas: new Set(rows.map((r) => r.areaCode)).size,
    hasPercentiles: rows.some((r) => percentileMeasures.some((m) => r[m] != null || r.specialValues[m])),
    markers: [...markers].sort(),
  }]);
  return insertRows(ctx.db, wages, rows);
}

/**
 * Imports OEWS wages: the national file, then state and metropolitan estimates from the complete BLS
 * files when present, else from the partial derived median files.
 */
export function importWages(ctx: StepContext): StepResult {
  const titles = new Map<string, string>();
  const flags = new Map<string, UnitFlags>();
  const importOfficial = (id: string, areaType: AreaType) =>
    importSource(ctx, id, (p) => readOewsFile(p, ctx.problems), (parsed) => {
      const year = yearOf(parsed.file);
      const rows = parsed.rows.map(({ value }) => {
        titles.set(value.occCode, value.occTitle);
        if (areaType === 'national') flags.set(value.occCode, { annualOnly: value.annualOnly, hourlyOnly: value.hourlyOnly });
        return toWageRow(value, areaType, year, parsed.file);
      });
      return writeWageFile(ctx, id, areaType, true, rows);
    });

  let total = importOfficial('oews:national', 'national');
  const hasOfficial = (id: string) => locateById(ctx.root, id) !== null;

  total += hasOfficial('oews:state')
    ? importOfficial('oews:state', 'state')
    : importSource(ctx, 'oews:state-medians', (p) => readStateMedians(p, ctx.problems), (parsed) =>
        writeWageFile(ctx, 'oews:state-medians', 'state', false, dedupe(ctx, parsed).map((r) => medianWageRow(
          { socCode: r.socCode, occTitle: titles.get(r.socCode) ?? r.careerSlug, areaType: 'state', areaCode: r.state, areaName: r.areaName, year: yearOf(parsed.file), sourceFile: parsed.file },
          r,
          flags.get(r.socCode),
        ))));

  total += hasOfficial('oews:msa')
    ? importOfficial('oews:msa', 'msa')
    : importSource(ctx, 'oews:metro-medians', (p) => readMetroMedians(p, ctx.problems), (parsed) =>
        writeWageFile(ctx, 'oews:metro-medians', 'msa', false, dedupe(ctx, parsed).map((r) => medianWageRow(
          { socCode: r.socCode, occTitle: titles.get(r.socCode) ?? r.careerSlug, areaType: 'msa', areaCode: toAreaCode('msa', { area: r.area, primState: r.state }), areaName: r.areaName, year: yearOf(parsed.file), sourceFile: parsed.file },
          r,
          flags.get(r.socCode),
        ))));

  return { wages: total };
}

/**
 * The derived files repeat rows with identical figures (a SOC listed under two career names, a metro
 * area listed under each of its states); one row per area and SOC is kept, the repeats are counted. A
 * repeat with different medians is a problem naming both lines: which one is right cannot be told.
 */
const repeatReason = 'repeat of an earlier row for the same area and SOC';

type MedianRow = { socCode: string; careerSlug: string; hMedian: BlsNumber; aMedian: BlsNumber } & ({ state: string } | { area: string });

function dedupe<V extends MedianRow>(ctx: StepContext, parsed: { file: string; rows: { line: number; value: V }[]; skipped: Record<string, number> }): V[] {
  const seen = new Map<string, { line: number; medians: string }>();
  const kept: V[] = [];
  for (const { line, value } of parsed.rows) {
    const key = `${'area' in value ? value.area : value.state}|${value.socCode}`;
    const medians = `${value.hMedian.value ?? value.hMedian.special} / ${value.aMedian.value ?? value.aMedian.special}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, { line, medians });
      kept.push(value);
    } else if (first.medians === medians) {
      parsed.skipped[repeatReason] = (parsed.skipped[repeatReason] ?? 0) + 1;
    } else {
      ctx.problems.add({ file: parsed.file, line, field: 'hourly_median / annual_median', value: medians, expected: `${first.medians} as on line ${first.line}, which gives the same area and SOC` });
    }
  }
  return kept;
}
