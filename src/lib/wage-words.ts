import { blsSpecialValues, blsTopCode, suppressedMarker } from '../../pipeline/constants.ts';
import type { AreaType, WageArea, WageFile, WageLevel, WageUnit } from './catalog/wage-areas.ts';
import type { OccupationWages, WageGap, WageHeadline } from './catalog/wages.ts';
import { formatCount, formatWage } from './format.ts';

/**
 * The one wording of wages, shared by the page, the embed card, the "another area" selector and the
 * API's notes. It formats the numeric model (`catalog/wages.ts`) and never re-derives it; it imports
 * only types from the catalog, so the browser can load it.
 */

export const wageLevelLabels: Record<WageLevel, string> = {
  pct10: '10th percentile',
  pct25: '25th percentile',
  median: 'Median',
  pct75: '75th percentile',
  pct90: '90th percentile',
};

const levelOrder = ['pct10', 'pct25', 'median', 'pct75', 'pct90'] as const;
const kindOfArea: Record<AreaType, string> = { national: 'national', state: 'state', msa: 'metropolitan-area' };

/** What each source's employment figure counts, for the API's unit fields. */
export const employmentCounts = {
  oews: 'wage-and-salary jobs; OEWS does not count the self-employed',
  projections: 'all jobs, including the self-employed',
} as const;

export const oewsVintage = (year: number): string => `BLS OEWS May ${year}`;
export const placeName = (area: Pick<WageArea, 'areaType' | 'areaName'>): string => (area.areaType === 'national' ? 'the United States' : area.areaName);
const fileName = (file: WageFile) => file.path.split('/').pop() ?? file.path;

/** One cell of a wage table; a blank is explained, never shown as 0. */
function wageCell(area: WageArea, unit: WageUnit, level: WageLevel): string {
  const value = area[unit][level] ?? null;
  if (value === null && unit === 'hourly' && area.annualOnly) return 'not published (annual wages only)';
  if (value === null && unit === 'annual' && area.hourlyOnly) return 'not published (hourly wages only)';
  return formatWage(value, area.footnotes[`${unit}.${level}`], unit);
}

/** The rows of an area's wage table: the median, and the percentiles where its file has them. */
export function wageRows(area: WageArea): { label: string; hourly: string; annual: string }[] {
  return levelOrder
    .filter((level) => level in area.annual)
    .map((level) => ({ label: wageLevelLabels[level], hourly: wageCell(area, 'hourly', level), annual: wageCell(area, 'annual', level) }));
}

/** The median as a headline, e.g. `$85,470 a year · $41.09/hr`: figures and top-codes only; null when neither unit has one. */
export function medianAmounts(area: WageArea): string | null {
  const amount = (unit: WageUnit) => {
    const marker = area.footnotes[`${unit}.median`];
    return area[unit].median !== null || marker === '#' ? formatWage(area[unit].median, marker, unit) : null;
  };
  const annual = amount('annual');
  const parts = [annual && `${annual} a year`, amount('hourly')].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** The wider area a headline comes from, when it is not the region's metro area; null when it is. */
export function fallbackAreaName(headline: WageHeadline): string | null {
  return headline.area.areaType === 'msa' ? null : headline.area.areaName;
}

/** Where the headline is from, naming the wider area when the region's metro has none: `Florida (no Tampa Bay figure)`. */
export function headlineAreaWords(headline: WageHeadline, regionName: string): string {
  const wider = fallbackAreaName(headline);
  return wider ? `${wider} (no ${regionName} figure)` : headline.area.areaName;
}

/** The figure an occupation leads with in one unit, e.g. `$85,470 a year` or `$25.79/hr`; null when none is published. */
export function headlineWords(headline: WageHeadline | null): string | null {
  if (!headline) return null;
  if (headline.median === null && !headline.topCoded) return null;
  const amount = formatWage(headline.median, headline.topCoded ? '#' : undefined, headline.unit);
  return headline.unit === 'annual' ? `${amount} a year` : amount;
}

/** What the OEWS employment figure counts; null when BLS gives none. */
function employmentWords(area: WageArea): string | null {
  if (area.employment === null) return null;
  return `Wage-and-salary jobs, May ${area.year}: ${formatCount(area.employment)} (OEWS does not count the self-employed).`;
}

/** A file as the notes name it: the complete BLS file, or the extract with its coverage. */
function fileWords(file: WageFile): string {
  if (file.complete) return `the complete ${oewsVintage(file.year)} ${kindOfArea[file.areaType]} file`;
  return `${fileName(file)}, a partial extract of ${oewsVintage(file.year)} ${kindOfArea[file.areaType]} figures (${formatCount(file.occupations)} occupations${file.hasPercentiles ? '' : ', medians only'})`;
}

/** The caveats printed under an area's wage table. */
export function wageNotes(area: WageArea, file: WageFile | undefined): string[] {
  return [
    area.annualOnly && 'BLS publishes only annual wages for this occupation; hourly figures are blank by design.',
    area.hourlyOnly && 'BLS publishes only hourly wages for this occupation; annual figures are blank by design.',
    !area.hasPercentiles && (file && !file.hasPercentiles ? `Medians only: this edition's ${kindOfArea[area.areaType]} figures come from ${fileWords(file)}.` : 'BLS publishes no percentiles for this area.'),
  ].filter((n): n is string => Boolean(n));
}

/** The line under a wage table: source, employment and caveats. */
export function sourceLine(area: WageArea, file: WageFile | undefined): string {
  return [`Source: ${oewsVintage(area.year)}, ${area.areaName}.`, employmentWords(area), ...wageNotes(area, file)].filter(Boolean).join(' ');
}

function markerWords(markers: string[], file: WageFile | null): string {
  if (markers.includes(suppressedMarker)) return `its median is blank in ${file ? fileName(file) : 'the extract'}`;
  if (markers.length > 0) return `marked ${markers.join(' and ')} in the BLS file`;
  return 'the row has no wage figures';
}

/** Why one area tried before the one shown has no figures. */
export function gapWords(gap: WageGap): string {
  const { socCode } = gap;
  const kind = kindOfArea[gap.areaType];
  if (gap.kind === 'not-published') {
    const why = gap.hasRow || !gap.file ? ` (${markerWords(gap.markers, gap.file)})` : `: ${fileWords(gap.file)} has no row for it`;
    return `BLS published no wage estimate for SOC ${socCode} in ${placeName(gap)}${why}.`;
  }
  if (!gap.file) return `This edition has no ${kind} wage file, so it does not cover ${placeName(gap)}.`;
  return `This edition's files do not cover SOC ${socCode} for ${placeName(gap)}: its ${kind} figures come from ${fileWords(gap.file)}.`;
}

/** The sentence for an occupation BLS publishes only within its broad group (`where`: only in that area). */
export function groupWords(group: { code: string; title: string }, what = 'wages', where?: string): string {
  return `BLS publishes ${what} for this occupation${where ? ` in ${where}` : ''} only within the broader group ${group.title} (SOC ${group.code}); the figures shown are that group's.`;
}

/** Everything said before the figures: the group, each area skipped and why, and which area is shown. */
export function fallbackNotes(wages: OccupationWages): string[] {
  const gaps = wages.gaps.map(gapWords);
  if (!wages.primary) return [`No wage figures for SOC ${wages.socCode} in this edition.`, ...gaps];
  // Gaps of the occupation's own SOC before the group's figures mean BLS publishes it elsewhere, not here.
  const onlyHere = wages.gaps.some((g) => g.socCode === wages.socCode);
  return [
    ...(wages.group ? [groupWords(wages.group, 'wages', onlyHere ? placeName(wages.primary) : undefined)] : []),
    ...gaps,
    ...(gaps.length > 0 ? [`Showing ${placeName(wages.primary)}.`] : []),
  ];
}

/** The "another area" selector's lead: how many areas this edition has, and from which files. */
export function areaCountWords(socCode: string, count: number, files: Partial<Record<AreaType, WageFile>>): string {
  const partial = Object.values(files).filter((f) => !f.complete);
  const sources = partial.length > 0 ? ` Regional figures come from ${partial.map(fileWords).join(' and ')}.` : '';
  return `This edition has BLS OEWS figures for SOC ${socCode} in ${formatCount(count)} areas: the United States, states and metropolitan areas.${sources}`;
}

/** What each marker that occurs means, with the top-code's amounts only when a `#` occurs. */
export function footnoteLegend(markers: Iterable<string>): Record<string, string> {
  const words: Record<string, string> = {
    ...blsSpecialValues,
    '#': `wage at or above the top-code: $${blsTopCode.hourly.toFixed(2)} an hour or $${formatCount(blsTopCode.annual)} a year`,
    [suppressedMarker]: 'blank in a derived median extract: BLS published no figure there',
  };
  return Object.fromEntries([...new Set(markers)].sort().filter((m) => m in words).map((m) => [m, words[m]]));
}
