import { and, eq, or } from 'drizzle-orm';
import { blsTopCode } from '../../../pipeline/constants.ts';
import { wages } from '../../../pipeline/db/schema/index.ts';
import { cached, openCatalog } from './db.ts';
import { wagesForSoc, type WageView } from './wages.ts';

/**
 * The one figure an occupation leads with: the median pay of the first area of MSA → state → nation that
 * publishes it, as numbers. Pages, the catalog table and "where it can lead" read pay only through here, so the
 * wage model behind it can change in one place.
 */
export interface HeadlinePay {
  /** Median annual wage in dollars; null when BLS publishes only an hourly figure or top-codes it. */
  annual: number | null;
  hourly: number | null;
  /** BLS top-coded the median (`#`): at or above the figure shown, which is then null. */
  topCoded: boolean;
  areaName: string;
  areaType: WageView['areaType'];
  /** Not the region's metro area: the page names the wider area. */
  fallback: boolean;
  /** e.g. `BLS OEWS May 2025`. */
  vintage: string;
  /** Shown for the SOC broad group BLS publishes the occupation within. */
  group: { code: string; title: string } | null;
}

/** Annual median, else the top-code or the hourly median over a full-time year (2,080 hours): for comparing and sorting. */
export function comparablePay(pay: HeadlinePay | null): number | null {
  if (!pay) return null;
  if (pay.annual !== null) return pay.annual;
  if (pay.topCoded) return blsTopCode.annual;
  return pay.hourly === null ? null : pay.hourly * 2080;
}

const medianRows = cached(() => {
  const rows = openCatalog()
    .select({ soc: wages.socCode, areaType: wages.areaType, areaCode: wages.areaCode, year: wages.year, annual: wages.aMedian, hourly: wages.hMedian, special: wages.specialValues })
    .from(wages)
    .where(or(eq(wages.areaType, 'msa'), eq(wages.areaType, 'state'), and(eq(wages.areaType, 'national'), eq(wages.areaCode, 'US'))))
    .all();
  return new Map(rows.map((r) => [`${r.soc}|${r.areaType}|${r.areaCode}|${r.year}`, r]));
});

const bySoc = new Map<string, HeadlinePay | null>();

/** Headline pay for a 6-digit SOC, following the wage model's choice of area and group. */
export function getHeadlinePay(socCode: string): HeadlinePay | null {
  if (bySoc.has(socCode)) return bySoc.get(socCode)!;
  const shown = wagesForSoc(socCode);
  const view = shown.primary;
  // The wage model names its year only in the vintage ("BLS OEWS May 2025").
  const row = view && medianRows().get(`${shown.shownSoc}|${view.areaType}|${view.areaCode}|${view.vintage.replace(/\D+/g, '')}`);
  const pay: HeadlinePay | null =
    view && row
      ? {
          annual: row.annual,
          hourly: row.hourly,
          topCoded: row.special.aMedian === '#' || row.special.hMedian === '#',
          areaName: view.areaName,
          areaType: view.areaType,
          fallback: view.areaType !== 'msa',
          vintage: view.vintage,
          group: shown.group,
        }
      : null;
  bySoc.set(socCode, pay);
  return pay;
}
