import { blsTopCode, suppressedMarker } from '../../pipeline/constants.ts';
import type { WageUnit } from './catalog/wage-areas.ts';

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatCount = (n: number): string => whole.format(n);
export const formatAnnual = (dollars: number): string => `$${whole.format(dollars)}`;
export const formatHourly = (dollars: number): string => `$${cents.format(dollars)}/hr`;

/**
 * One wage estimate as words. A null value is never shown as 0: at the top-code (`#`) it is the
 * top-code "or more"; blank in a derived extract, "not published"; otherwise "not available".
 */
export function formatWage(value: number | null, marker: string | undefined, unit: WageUnit): string {
  if (value !== null) return unit === 'hourly' ? formatHourly(value) : formatAnnual(value);
  if (marker === '#') return `${unit === 'hourly' ? formatHourly(blsTopCode.hourly) : formatAnnual(blsTopCode.annual)} or more`;
  if (marker === suppressedMarker) return 'not published';
  return 'not available';
}

/** BLS projections count jobs in thousands (one decimal), so a figure is "about" a number of jobs, never exact. */
export function formatThousandsOfJobs(thousands: number): string {
  return `about ${whole.format(Math.round(Math.abs(thousands) * 1000))}`;
}

/** A projected change in thousands of jobs, e.g. `about 166,100 more jobs`. */
export function formatJobsChange(thousands: number): string {
  if (thousands === 0) return 'no change in jobs';
  return `${formatThousandsOfJobs(thousands)} ${thousands > 0 ? 'more' : 'fewer'} jobs`;
}

export function formatSignedPercent(percent: number): string {
  return `${percent > 0 ? '+' : ''}${percent.toFixed(1)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** A card-length summary: the first sentence, cut at a word boundary when still long. */
export function summarize(text: string, max = 140): string {
  const sentence = text.match(/^.*?[.!?](?=\s|$)/)?.[0] ?? text;
  if (sentence.length <= max) return sentence;
  return `${sentence.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** An employer's pay range in words; null when the role gives neither end. */
export function formatSalaryRange(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return min === max ? `${formatAnnual(min)} a year` : `${formatAnnual(min)}–${formatAnnual(max)} a year`;
  if (min !== null) return `From ${formatAnnual(min)} a year`;
  if (max !== null) return `Up to ${formatAnnual(max)} a year`;
  return null;
}
