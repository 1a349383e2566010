import { and, eq, or } from 'drizzle-orm';
import { atlasConfig } from '../../../atlas.config.ts';
import { wages, type WageMeasure } from '../../../pipeline/db/schema/index.ts';
import { formatCount, formatWage, type WageUnit } from '../format.ts';
import { wageLevelLabels } from '../wage-words.ts';
import { cached, groupBy, openCatalog } from './db.ts';

type WageRow = typeof wages.$inferSelect;

export interface WageFigure {
  label: string;
  hourly: string;
  annual: string;
}

export interface WageView {
  areaType: 'msa' | 'state' | 'national';
  /** CBSA code, state postal code or `US`: the key into the per-SOC wages file. */
  areaCode: string;
  areaName: string;
  /** e.g. `BLS OEWS May 2025`. */
  vintage: string;
  employment: string | null;
  /** Median only when the source file has no percentiles (the derived MSA and state files). */
  figures: WageFigure[];
  hasPercentiles: boolean;
  annualOnly: boolean;
  hourlyOnly: boolean;
}

export interface OccupationWages {
  /** The first area of MSA → state → national with a usable estimate; null when none is published. */
  primary: WageView | null;
  /** Areas tried before the one shown, named for the "no estimate for …" note. */
  skippedAreas: string[];
  /** National distribution for comparison when the primary area is not national. */
  national: WageView | null;
  /** The SOC code whose figures are shown: the occupation's own, or its broad group's. */
  shownSoc: string;
  /** Set when BLS publishes the occupation only within a broader group (e.g. 13-1020), whose figures are shown. */
  group: { code: string; title: string } | null;
}

const { msa, state } = atlasConfig.region;
const areas = [
  { type: 'msa', code: msa.code, name: msa.name },
  { type: 'state', code: state.code, name: state.name },
  { type: 'national', code: 'US', name: 'United States' },
] as const;

const levels = [
  { label: wageLevelLabels.pct10, h: 'hPct10', a: 'aPct10' },
  { label: wageLevelLabels.pct25, h: 'hPct25', a: 'aPct25' },
  { label: wageLevelLabels.median, h: 'hMedian', a: 'aMedian' },
  { label: wageLevelLabels.pct75, h: 'hPct75', a: 'aPct75' },
  { label: wageLevelLabels.pct90, h: 'hPct90', a: 'aPct90' },
] as const satisfies readonly { label: string; h: WageMeasure; a: WageMeasure }[];

const wageMeasures = levels.flatMap((l) => [l.h, l.a]);

/** A row says something about pay: a number, or the `#` top-code marker. */
function isUsable(row: WageRow): boolean {
  return wageMeasures.some((m) => row[m] !== null || row.specialValues[m] === '#');
}

function cell(row: WageRow, measure: WageMeasure, unit: WageUnit): string {
  return formatWage(row[measure], row.specialValues[measure], unit);
}

function toView(row: WageRow, areaType: WageView['areaType'], areaName: string): WageView {
  const hasPercentiles = levels.some((l) => l.label !== wageLevelLabels.median && [l.h, l.a].some((m) => row[m] !== null || row.specialValues[m]));
  const shown = hasPercentiles ? levels : levels.filter((l) => l.label === wageLevelLabels.median);
  return {
    areaType,
    areaCode: row.areaCode,
    areaName,
    vintage: `BLS OEWS May ${row.year}`,
    employment: row.totEmp === null ? null : formatCount(row.totEmp),
    figures: shown.map((l) => ({ label: l.label, hourly: cell(row, l.h, 'hourly'), annual: cell(row, l.a, 'annual') })),
    hasPercentiles,
    annualOnly: row.annualOnly,
    hourlyOnly: row.hourlyOnly,
  };
}

/** Every region, state and national wage row in one query, chosen per 6-digit SOC, with the SOC's OEWS title. */
const loadWages = cached((): Map<string, { wages: OccupationWages; title: string }> => {
  const rows = openCatalog()
    .select()
    .from(wages)
    .where(or(...areas.map((a) => and(eq(wages.areaType, a.type), eq(wages.areaCode, a.code)))))
    .all();
  const bySoc = new Map<string, { wages: OccupationWages; title: string }>();
  for (const [soc, socRows] of groupBy(rows, (r) => r.socCode)) {
    const pick = (type: WageView['areaType']) =>
      socRows.filter((r) => r.areaType === type && isUsable(r)).sort((x, y) => y.year - x.year)[0];
    const skippedAreas: string[] = [];
    let primary: WageView | null = null;
    for (const area of areas) {
      const row = pick(area.type);
      if (row) {
        primary = toView(row, area.type, area.name);
        break;
      }
      skippedAreas.push(area.name);
    }
    const nationalRow = pick('national');
    const national = primary && primary.areaType !== 'national' && nationalRow ? toView(nationalRow, 'national', 'United States') : null;
    const wages = { primary, skippedAreas: primary ? skippedAreas : [], national, shownSoc: soc, group: null };
    bySoc.set(soc, { wages, title: socRows[0].occTitle });
  }
  return bySoc;
});

/**
 * The occupation's own estimates, else those of its SOC broad group (the code ending in 0): OEWS
 * publishes some detailed occupations only combined, e.g. the three kinds of buyers as 13-1020.
 */
export function wagesForSoc(socCode: string): OccupationWages {
  const own = loadWages().get(socCode)?.wages;
  if (own?.primary) return own;
  const broadCode = `${socCode.slice(0, 6)}0`;
  const broad = broadCode === socCode ? undefined : loadWages().get(broadCode);
  if (broad?.wages.primary) return { ...broad.wages, group: { code: broadCode, title: broad.title } };
  return own ?? { primary: null, skippedAreas: [], national: null, shownSoc: socCode, group: null };
}
