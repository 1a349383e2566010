import { asc } from 'drizzle-orm';
import { occupations, relatedOccupations } from '../../../pipeline/db/schema/index.ts';
import type { TimeToTrain } from '../time-to-train.ts';
import { cached, groupBy, openCatalog } from './db.ts';
import { comparablePay, wageHeadline, type WageHeadline } from './wages.ts';
import { preparationByCode } from './preparation.ts';
import { programCardsByOccupation } from './programs.ts';

/** A related occupation as "where it can lead" shows it: what it pays here, how long it takes, where to train. */
export interface StepOccupation {
  code: string;
  title: string;
  pay: WageHeadline | null;
  timeToTrain: TimeToTrain | null;
  programs: number;
}

export interface NextSteps {
  /** O*NET's related occupations, most related first (its Primary-Short tier holds the closest five). */
  related: StepOccupation[];
  /** Related occupations that pay more here and need at most `stepUpMaxExtraYears` more years of training. */
  stepUp: StepOccupation[];
}

/** The step-up rule, stated on the page: at most about two more years of training, for at least 5 % more pay. */
export const stepUpMaxExtraYears = 2;
export const stepUpMinRaisePercent = 5;

export const nextStepsByCode = cached((): Map<string, NextSteps> => {
  const db = openCatalog();
  const titles = new Map(db.select({ code: occupations.code, title: occupations.title, soc: occupations.socCode }).from(occupations).all().map((o) => [o.code, o]));
  const preparation = preparationByCode();
  const programs = programCardsByOccupation();
  const step = (code: string): StepOccupation => {
    const o = titles.get(code)!;
    return { code, title: o.title, pay: wageHeadline(o.soc), timeToTrain: preparation.get(code)?.timeToTrain ?? null, programs: programs.get(code)?.length ?? 0 };
  };
  const rows = db
    .select({ code: relatedOccupations.occupationCode, related: relatedOccupations.relatedCode })
    .from(relatedOccupations)
    .orderBy(relatedOccupations.occupationCode, asc(relatedOccupations.rank))
    .all();
  const result = new Map<string, NextSteps>();
  for (const [code, list] of groupBy(rows, (r) => r.code)) {
    const own = step(code);
    const related = list.filter((r) => titles.has(r.related)).map((r) => step(r.related));
    result.set(code, { related, stepUp: related.filter((r) => isStepUp(own, r)) });
  }
  return result;
});

/** Pays at least 5 % more in the region's figures and needs no more than about two more years of training. */
export function isStepUp(from: StepOccupation, to: StepOccupation): boolean {
  const payFrom = comparablePay(from.pay);
  const payTo = comparablePay(to.pay);
  if (payFrom === null || payTo === null || !from.timeToTrain || !to.timeToTrain) return false;
  return payTo >= payFrom * (1 + stepUpMinRaisePercent / 100) && to.timeToTrain.years - from.timeToTrain.years <= stepUpMaxExtraYears;
}
