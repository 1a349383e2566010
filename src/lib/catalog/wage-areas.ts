import { wages, type WageMeasure } from '../../../pipeline/db/schema/index.ts';
import { cached, groupBy, openCatalog } from './db.ts';

/** One pay level in one unit; `null` when not published (a footnote may say why). */
export interface WageLevels {
  median: number | null;
  /** Present only when the area's release has percentiles (the national file; not the derived medians). */
  pct10?: number | null;
  pct25?: number | null;
  pct75?: number | null;
  pct90?: number | null;
}

export type WageUnit = 'hourly' | 'annual';
export type WageLevel = keyof WageLevels;

/** Every OEWS area the catalog has for one 6-digit SOC, as numbers for the API and the area selector. */
export interface WageArea {
  areaType: 'national' | 'state' | 'msa';
  areaCode: string;
  areaName: string;
  /** Reference year (May of that year). */
  year: number;
  employment: number | null;
  hourly: WageLevels;
  annual: WageLevels;
  /** Why a level is null, keyed `hourly.median` etc.: a BLS marker (`*`, `#`, …) or `suppressed`. */
  footnotes: Partial<Record<`${WageUnit}.${WageLevel}`, string>>;
  hasPercentiles: boolean;
  annualOnly: boolean;
  hourlyOnly: boolean;
}

const levelColumns = {
  hourly: { median: 'hMedian', pct10: 'hPct10', pct25: 'hPct25', pct75: 'hPct75', pct90: 'hPct90' },
  annual: { median: 'aMedian', pct10: 'aPct10', pct25: 'aPct25', pct75: 'aPct75', pct90: 'aPct90' },
} as const satisfies Record<WageUnit, Record<WageLevel, WageMeasure>>;
const percentileLevels = ['pct10', 'pct25', 'pct75', 'pct90'] as const;
const areaOrder = { national: 0, state: 1, msa: 2 } as const;

type LevelColumn = (typeof levelColumns)[WageUnit][WageLevel];
type Row = Pick<typeof wages.$inferSelect, 'socCode' | 'areaType' | 'areaCode' | 'areaName' | 'year' | 'totEmp' | 'annualOnly' | 'hourlyOnly' | 'specialValues' | LevelColumn>;

function toArea(row: Row): WageArea {
  const hasPercentiles = percentileLevels.some((l) =>
    (['hourly', 'annual'] as const).some((u) => row[levelColumns[u][l]] !== null || row.specialValues[levelColumns[u][l]]),
  );
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

const says = (a: WageArea) => (a.hourly.median ?? a.annual.median) !== null || Object.keys(a.footnotes).length > 0;
/** Where an area has two rows (a broad and a detailed SOC line), one that says something about pay wins, then the newest. */
const better = (a: WageArea, b: WageArea) => (says(a) !== says(b) ? says(a) : a.year > b.year);

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

/** The full row behind one of the page's wage tables (its area and SOC), as numbers. */
export function wageAreaFor(socCode: string, view: { areaType: string; areaCode: string } | null): WageArea | null {
  if (!view) return null;
  return wageAreasBySoc().get(socCode)?.find((a) => a.areaType === view.areaType && a.areaCode === view.areaCode) ?? null;
}
