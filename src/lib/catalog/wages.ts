import { eq } from 'drizzle-orm';
import { atlasConfig } from '../../../atlas.config.ts';
import { blsTopCode } from '../../../pipeline/constants.ts';
import { broadGroupOf, wages } from '../../../pipeline/db/schema/index.ts';
import { cached, openCatalog } from './db.ts';
import { hasEstimate, wageAreasBySoc, wageFilesByType, type AreaType, type WageArea, type WageFile, type WageUnit } from './wage-areas.ts';

/** Why an area tried before the one shown has no figures. */
export interface WageGap {
  /** The SOC tried there: the occupation's own, or its broad group's. */
  socCode: string;
  areaType: AreaType;
  areaName: string;
  /**
   * `not-published`: BLS published no estimate there (the row holds only markers, or the area's complete
   * file has no row). `not-covered`: this edition's files do not include the occupation for the area
   * (a partial extract without the row, or no file for this kind of area).
   */
  kind: 'not-published' | 'not-covered';
  /** The file consulted; null when the edition has none for this kind of area. */
  file: WageFile | null;
  /** The area has a row (with markers only), as opposed to no row at all. */
  hasRow: boolean;
  /** The markers of the area's row (`*`, `suppressed`, …). */
  markers: string[];
}

/** An occupation's wages: the one fallback rule (MSA → state → broad group → national), computed once. */
export interface OccupationWages {
  /** The occupation's own 6-digit SOC. */
  socCode: string;
  /** The SOC whose figures are shown: the occupation's own, or its broad group's. */
  shownSoc: string;
  /** Set when BLS publishes the occupation only within its broad group (e.g. 13-1020), whose figures are shown. */
  group: { code: string; title: string } | null;
  /** The first area with an estimate, MSA → state → broad group → national; null when there is none. */
  primary: WageArea | null;
  /** The areas tried before `primary` (all of them when it is null), each with the reason it has no figures. */
  gaps: WageGap[];
  /** The national distribution, for comparison, when `primary` is not national. */
  national: WageArea | null;
  /** The file each kind of area comes from, for the notes that qualify the figures. */
  files: Partial<Record<AreaType, WageFile>>;
}

/** The figure an occupation leads with: what headlines, cards and search results show. */
export interface WageHeadline {
  /** The median in `unit`; null when only a top-code (`#`) is published, then `topCoded` is set. */
  median: number | null;
  topCoded: boolean;
  /** Annual unless BLS publishes hourly wages only. */
  unit: WageUnit;
  area: Pick<WageArea, 'areaType' | 'areaCode' | 'areaName'>;
  year: number;
  /** `area`: an area after the region's was tried (see `wages.gaps`); `group`: the broad group's figures. */
  fallback: 'none' | 'area' | 'group';
  wages: OccupationWages;
}

const { msa, state } = atlasConfig.region;
const chain = [
  { areaType: 'msa', areaCode: msa.code, areaName: msa.name },
  { areaType: 'state', areaCode: state.code, areaName: state.name },
  { areaType: 'national', areaCode: 'US', areaName: 'United States' },
] as const;

/** OEWS titles by SOC, from the national file: names the broad group a page falls back to. */
const oewsTitles = cached(
  () =>
    new Map(
      openCatalog()
        .selectDistinct({ soc: wages.socCode, title: wages.occTitle })
        .from(wages)
        .where(eq(wages.areaType, 'national'))
        .all()
        .map((r) => [r.soc, r.title]),
    ),
);

function gapFor(socCode: string, area: (typeof chain)[number], row: WageArea | undefined, file: WageFile | undefined): WageGap {
  const base = { socCode, areaType: area.areaType, areaName: area.areaName, file: file ?? null, hasRow: Boolean(row), markers: [] };
  if (row) return { ...base, kind: 'not-published', markers: [...new Set(Object.values(row.footnotes))] };
  return { ...base, kind: file?.complete ? 'not-published' : 'not-covered' };
}

function ownWages(socCode: string, shownSoc: string): OccupationWages {
  const areas = wageAreasBySoc().get(shownSoc) ?? [];
  const files = wageFilesByType();
  const gaps: WageGap[] = [];
  let primary: WageArea | null = null;
  for (const area of chain) {
    const row = areas.find((a) => a.areaType === area.areaType && a.areaCode === area.areaCode);
    if (row && hasEstimate(row)) {
      primary = row;
      break;
    }
    gaps.push(gapFor(shownSoc, area, row, files[area.areaType]));
  }
  const nationalRow = areas.find((a) => a.areaType === 'national');
  const national = primary && primary.areaType !== 'national' && nationalRow && hasEstimate(nationalRow) ? nationalRow : null;
  return { socCode, shownSoc, group: null, primary, gaps, national, files };
}

const memo = new Map<string, OccupationWages>();
const isRegional = (area: WageArea | null) => area !== null && area.areaType !== 'national';

/**
 * The occupation's own regional estimates, else its SOC broad group's (the code ending in 0), else the
 * national ones: OEWS publishes some occupations only combined, e.g. the three kinds of buyers as 13-1020.
 * An occupation with no estimate of its own anywhere shows the group's throughout.
 */
export function wagesForSoc(socCode: string): OccupationWages {
  const known = memo.get(socCode);
  if (known) return known;
  const own = ownWages(socCode, socCode);
  const broadCode = broadGroupOf(socCode);
  const broad = isRegional(own.primary) || broadCode === socCode ? null : ownWages(socCode, broadCode);
  const group = { code: broadCode, title: oewsTitles().get(broadCode) ?? broadCode };
  let result = own;
  if (broad && isRegional(broad.primary)) {
    // The areas the occupation's own SOC lacks come first, unless it has no estimate anywhere.
    result = { ...broad, group, gaps: own.primary ? [...own.gaps, ...broad.gaps] : broad.gaps };
  } else if (broad?.primary && !own.primary) {
    result = { ...broad, group };
  }
  memo.set(socCode, result);
  return result;
}

/** The median an occupation leads with, in its unit, with the area and how it was reached; null when none. */
export function wageHeadline(socCode: string): WageHeadline | null {
  const wages = wagesForSoc(socCode);
  const { primary } = wages;
  if (!primary) return null;
  const unit: WageUnit = primary.hourlyOnly ? 'hourly' : 'annual';
  const median = primary[unit].median;
  return {
    median,
    topCoded: median === null && primary.footnotes[`${unit}.median`] === '#',
    unit,
    area: { areaType: primary.areaType, areaCode: primary.areaCode, areaName: primary.areaName },
    year: primary.year,
    fallback: wages.group ? 'group' : wages.gaps.length > 0 ? 'area' : 'none',
    wages,
  };
}

/** The headline as an annual figure for sorting and comparing: hourly-only wages over a full-time year (2,080 hours), a top-code at its value. */
export function comparablePay(headline: WageHeadline | null): number | null {
  if (!headline) return null;
  const amount = headline.median ?? (headline.topCoded ? blsTopCode[headline.unit] : null);
  if (amount === null) return null;
  return headline.unit === 'annual' ? amount : amount * 2080;
}
