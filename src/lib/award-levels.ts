/**
 * IPEDS award levels in plain words, and which of them a beginner should see first for an occupation.
 * The codes are IPEDS AWLEVEL (`awardLevels` in the schema holds NCES's own labels); browser-safe.
 */
import type { awardLevels } from '../../pipeline/db/schema/education.ts';

export interface AwardWords {
  /** "Associate's degree", "Certificate". */
  label: string;
  /** Typical full-time length: "About 2 years". */
  length: string;
  /** Years of school after high school when finished, for ordering and comparing with time to train. */
  years: number;
}

// Keyed by the schema's own list, so an award level added there fails the typecheck until it has words here.
const awards: Record<keyof typeof awardLevels, AwardWords> = {
  20: { label: 'Short certificate', length: 'Under 12 weeks', years: 0.2 },
  21: { label: 'Certificate', length: '12 weeks to 1 year', years: 0.6 },
  1: { label: 'Certificate', length: 'Under 1 year', years: 0.5 },
  2: { label: 'Certificate', length: '1 to 2 years', years: 1.5 },
  3: { label: "Associate's degree", length: 'About 2 years', years: 2 },
  4: { label: 'Advanced certificate', length: '2 to 4 years', years: 3 },
  5: { label: "Bachelor's degree", length: 'About 4 years', years: 4 },
  6: { label: 'Postbaccalaureate certificate', length: 'Under 1 year after a bachelor\u2019s', years: 4.7 },
  7: { label: "Master's degree", length: 'About 2 years after a bachelor\u2019s', years: 6 },
  8: { label: "Post-master's certificate", length: 'Under 1 year after a master\u2019s', years: 6.7 },
  17: { label: 'Doctorate (research)', length: '4 to 6 years after a bachelor\u2019s', years: 9 },
  18: { label: 'Doctorate (professional practice)', length: '3 to 4 years after a bachelor\u2019s', years: 8 },
  19: { label: 'Doctorate', length: '3 years or more after a bachelor\u2019s', years: 8 },
};

export function describeAward(level: number): AwardWords {
  return awards[level as keyof typeof awardLevels] ?? { label: `Award level ${level}`, length: 'Length not published', years: 5 };
}

/** BLS typical entry education (Employment Projections) → the IPEDS awards that lead straight in. */
const entryByEducation: Record<string, number[]> = {
  'No formal educational credential': [20, 21, 1],
  'High school diploma or equivalent': [20, 21, 1],
  'Postsecondary nondegree award': [20, 21, 1, 2, 4],
  'Some college, no degree': [21, 1, 2, 3],
  "Associate's degree": [3],
  "Bachelor's degree": [5],
  "Master's degree": [7],
  'Doctoral or professional degree': [17, 18, 19],
};

/** O*NET Job Zone → the same, when BLS gives no typical education. */
const entryByJobZone: Record<number, number[]> = {
  1: [20, 21, 1],
  2: [20, 21, 1, 2],
  3: [2, 3, 4],
  4: [5],
  5: [7, 17, 18, 19],
};

/** Award levels at the occupation's typical entry level; empty when neither BLS nor O*NET says. */
export function entryAwardLevels(typicalEducation: string | null | undefined, jobZone: number | null | undefined): number[] {
  return (typicalEducation && entryByEducation[typicalEducation.trim()]) || (jobZone && entryByJobZone[jobZone]) || [];
}

/** How far an award is from the entry level, in years (0 = at the entry level): the program pages' order. */
export function awardDistance(level: number, entryLevels: readonly number[]): number {
  if (entryLevels.length === 0 || entryLevels.includes(level)) return 0;
  const years = describeAward(level).years;
  return Math.min(...entryLevels.map((l) => Math.abs(describeAward(l).years - years)));
}
