import { areaTypes, sourceFiles, wageFiles, wages, type WageMeasure } from '../../../pipeline/db/schema/index.ts';
import { cached, groupBy, openCatalog } from './db.ts';

/** One pay level in one unit; `null` when not published (a footnote may say why). */
export interface WageLevels {
  median: number | null;
  /** Present only when the area's file has percentiles (the complete BLS files; not the derived medians). */
  pct10?: number | null;
  pct25?: number | null;
  pct75?: number | null;
  pct90?: number | null;
}

export type WageUnit = 'hourly' | 'annual';
export type WageLevel = keyof WageLevels;
export type AreaType = (typeof areaTypes)[number];

/** One SOC's OEWS estimates in one area, as numbers: the unit every view of wages formats. */
export interface WageArea {
  areaType: AreaType;
  areaCode: string;
  areaName: string;
  /** Reference year (May of that year). */
  year: number;
  /** Wage-and-salary jobs (OEWS does not count the self-employed). */
  employment: number | null;
  hourly: WageLevels;
  annual: WageLevels;
  /** Why a level is null, keyed `hourly.median` etc.: a BLS marker (`*`, `#`, …) or `suppressed`. */
  footnotes: Partial<Record<`${WageUnit}.${WageLevel}`, string>>;
  hasPercentiles: boolean;
  annualOnly: boolean;
  hourlyOnly: boolean;
}

/** The OEWS file this edition loaded for one kind of area, and what it covers. */
export interface WageFile {
  id: string;
  areaType: AreaType;
  /** A complete BLS file: no row for an area and SOC means BLS published no estimate there. */
  complete: boolean;
  year: number;
  release: string;
  /** Relative to the sources folder. */
  path: string;
  occupations: number;
  areas: number;
  hasPercentiles: boolean;
  /** Markers that occur in the file (`*`, `#`, `suppressed`, …). */
  markers: string[];
}

const levelColumns = {
  hourly: { median: 'hMedian', pct10: 'hPct10', pct25: 'hPct25', pct75: 'hPct75', pct90: 'hPct90' },
  annual: { median: 'aMedian', pct10: 'aPct10', pct25: 'aPct25', pct75: 'aPct75', pct90: 'aPct90' },
} as const satisfies Record<WageUnit, Record<WageLevel, WageMeasure>>;
const units = ['hourly', 'annual'] as const;
const percentileLevels = ['pct10', 'pct25', 'pct75', 'pct90'] as const;
const areaOrder = { national: 0, state: 1, msa: 2 } as const;

type LevelColumn = (typeof levelColumns)[WageUnit][WageLevel];
type Row = Pick<typeof wages.$inferSelect, 'socCode' | 'areaType' | 'areaCode' | 'areaName' | 'year' | 'totEmp' | 'annualOnly' | 'hourlyOnly' | 'specialValues' | LevelColumn>;

function toArea(row: Row): WageArea {
  const hasPercentiles = percentileLevels.some((l) => units.some((u) => row[levelColumns[u][l]] !== null || row.specialValues[levelColumns[u][l]]));
  const levels = hasPercentiles ? (['pct10', 'pct25', 'median', 'pct75', 'pct90'] as const) : (['median'] as const);
  const footnotes: WageArea['footnotes'] = {};
  const unit = (u: WageUnit): WageLevels => {
    const out: WageLevels = { median: null };
    for (const level of levels) {
      const column = levelColumns[u][level];
      out[level] = row[column];
      const marker = row.specialValues[column];
      if (row[column] === null && marker) footnotes[`${u}.${level}`] = marker;
    }
    return out;
  };
  return {
    areaType: row.areaType,
    areaCode: row.areaCode,
    // OEWS calls the nation "U.S."; the pages say "United States".
    areaName: row.areaType === 'national' ? 'United States' : row.areaName,
    year: row.year,
    employment: row.totEmp,
    hourly: unit('hourly'),
    annual: unit('annual'),
    footnotes,
    hasPercentiles,
    annualOnly: row.annualOnly,
    hourlyOnly: row.hourlyOnly,
  };
}

/**
 * The row rule: an area has an estimate when some pay level in either unit is a number or is marked at
 * the top-code (`#`, a real if open-ended figure). Rows with only other markers say BLS published none.
 */
export function hasEstimate(area: WageArea): boolean {
  return units.some((u) => Object.values(area[u]).some((v) => v !== null)) || Object.values(area.footnotes).includes('#');
}

/** Where an area has two rows (a broad and a detailed SOC line), one with an estimate wins, then the newest. */
const better = (a: WageArea, b: WageArea) => (hasEstimate(a) !== hasEstimate(b) ? hasEstimate(a) : a.year > b.year);

/**
 * Every area row of every SOC (about 125,000) from one query, grouped in memory: national first,
 * then states and metro areas by name, one row per area.
 */
export const wageAreasBySoc = cached((): Map<string, WageArea[]> => {
  const rows = openCatalog()
    .select({
      socCode: wages.socCode,
      areaType: wages.areaType,
      areaCode: wages.areaCode,
      areaName: wages.areaName,
      year: wages.year,
      totEmp: wages.totEmp,
      annualOnly: wages.annualOnly,
      hourlyOnly: wages.hourlyOnly,
      specialValues: wages.specialValues,
      hPct10: wages.hPct10,
      hPct25: wages.hPct25,
      hMedian: wages.hMedian,
      hPct75: wages.hPct75,
      hPct90: wages.hPct90,
      aPct10: wages.aPct10,
      aPct25: wages.aPct25,
      aMedian: wages.aMedian,
      aPct75: wages.aPct75,
      aPct90: wages.aPct90,
    })
    .from(wages)
    .all();
  const result = new Map<string, WageArea[]>();
  for (const [soc, list] of groupBy(rows, (r) => r.socCode)) {
    const best = new Map<string, WageArea>();
    for (const area of list.map(toArea)) {
      const key = `${area.areaType}:${area.areaCode}`;
      const seen = best.get(key);
      if (!seen || better(area, seen)) best.set(key, area);
    }
    result.set(
      soc,
      [...best.values()].sort((a, b) => areaOrder[a.areaType] - areaOrder[b.areaType] || a.areaName.localeCompare(b.areaName)),
    );
  }
  return result;
});

/** The file loaded for each kind of area; a kind without one is absent (e.g. no state file in the edition). */
export const wageFilesByType = cached((): Partial<Record<AreaType, WageFile>> => {
  const releases = new Map(openCatalog().select().from(sourceFiles).all().map((s) => [s.id, s]));
  const files: Partial<Record<AreaType, WageFile>> = {};
  for (const { sourceId, ...file } of openCatalog().select().from(wageFiles).all()) {
    const source = releases.get(sourceId);
    files[file.areaType] = { id: sourceId, ...file, release: source?.release ?? '', path: source?.path ?? '' };
  }
  return files;
});
