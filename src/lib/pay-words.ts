import { blsTopCode } from '../../pipeline/constants.ts';
import type { HeadlinePay } from './catalog/headline-pay.ts';
import { formatAnnual, formatHourly } from './format.ts';

/** The headline median in words: `$39,520 a year`, `$18.50 an hour`, `$239,200 a year or more`; null when none. */
export function describePay(pay: HeadlinePay | null): string | null {
  if (!pay) return null;
  if (pay.annual !== null) return `${formatAnnual(pay.annual)} a year`;
  if (pay.hourly !== null) return `${formatHourly(pay.hourly).replace('/hr', '')} an hour`;
  return pay.topCoded ? `${formatAnnual(blsTopCode.annual)} a year or more` : null;
}

/** Where the figure is from, naming the wider area when the region's metro has none: `Florida (no Tampa Bay figure)`. */
export function describePayArea(pay: HeadlinePay, regionArea: string): string {
  return pay.fallback ? `${pay.areaName} (no ${regionArea} figure)` : pay.areaName;
}
