import { interestTypes, type InterestType } from '../interests.ts';
import { cached } from './db.ts';
import { listOccupations, type OccupationSummary } from './occupations.ts';
import { interestsByCode } from './onet-profile.ts';

export interface InterestPage {
  type: InterestType;
  /** Occupations whose strongest interest (O*NET's first high point) is this type, the most typical first. */
  occupations: OccupationSummary[];
}

export const getInterestPages = cached((): InterestPage[] => {
  const interests = interestsByCode();
  const score = (o: OccupationSummary, type: InterestType) => interests.get(o.code)?.scores.find((s) => s.type.id === type.id)?.score ?? 0;
  return interestTypes.map((type) => ({
    type,
    occupations: listOccupations()
      .filter((o) => interests.get(o.code)?.highPoints[0]?.id === type.id)
      .sort((a, b) => score(b, type) - score(a, type) || a.title.localeCompare(b.title)),
  }));
});
