import { eq } from 'drizzle-orm';
import { allOccupationsSocCode } from '../../../pipeline/constants.ts';
import { projections } from '../../../pipeline/db/schema/index.ts';
import { cached, openCatalog } from './db.ts';
import type { HighDemandBadge } from './high-demand.ts';
import type { Outlook } from './occupations.ts';

/** Outlook in one word, against the BLS projection for all occupations and the bright-outlook rule. */
export interface OutlookRating {
  word: 'Bright' | 'Average' | 'Below average';
  /** The figures behind the word. */
  reason: string;
}

/** BLS's projected growth of all occupations together, in percent. */
const averageGrowth = cached((): number | null => {
  const row = openCatalog().select({ change: projections.changePercent }).from(projections).where(eq(projections.socCode, allOccupationsSocCode)).get();
  return row?.change ?? null;
});

export function rateOutlook(outlook: Outlook | null, badges: HighDemandBadge[]): OutlookRating | null {
  const bright = badges.find((b) => b.basis === 'projections');
  if (bright) return { word: 'Bright', reason: `Growing fast and hiring in numbers nationally: ${bright.note}` };
  const average = averageGrowth();
  if (!outlook || outlook.changePercent === null || average === null) return null;
  const figures = `${outlook.changePercent.toFixed(1)} % over ${outlook.period} nationally, against ${average.toFixed(1)} % for all jobs`;
  return outlook.changePercent >= average
    ? { word: 'Average', reason: `Growing at least as fast as all jobs: ${figures}` }
    : { word: 'Below average', reason: `Growing more slowly than all jobs: ${figures}` };
}
