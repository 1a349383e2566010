/**
 * Time to train in plain words, shared by occupation pages, the catalog, search results, embeds and the API.
 * BLS "typical education needed for entry" leads (it is the national, occupation-specific answer); the O*NET Job Zone
 * is the fallback for the occupations BLS projects only within a group. Browser-safe: no server imports.
 */

/** Catalog filter buckets, shortest first. One list drives the filter pages, their labels and the validator. */
export const trainingBuckets = [
  { id: 'up-to-1-year', label: 'Up to 1 year', maxYears: 1 },
  { id: 'up-to-2-years', label: 'Up to 2 years', maxYears: 2 },
  { id: 'up-to-4-years', label: 'Up to 4 years', maxYears: 4 },
  { id: 'more-than-4-years', label: 'More than 4 years', maxYears: Infinity },
] as const;

export type TrainingBucketId = (typeof trainingBuckets)[number]['id'];

export interface TimeToTrain {
  /** "Associate's degree: about 2 years" */
  label: string;
  /** Short form for tables and result lists: "About 2 years". */
  short: string;
  /** Typical years of schooling or training after high school, for sorting and comparing (0 = weeks to months). */
  years: number;
  bucket: TrainingBucketId;
  /** Where the answer comes from, for a "how we know" note. */
  basis: 'bls-education' | 'onet-job-zone';
}

/** BLS typical entry education categories (Employment Projections table 1.2), in the publisher's words. */
const byEducation: Record<string, { years: number; short: string }> = {
  'No formal educational credential': { years: 0, short: 'A few weeks to a few months on the job' },
  'High school diploma or equivalent': { years: 0, short: 'High school, then a few months on the job' },
  'Postsecondary nondegree award': { years: 1, short: 'Under 1 year to about 1 year' },
  'Some college, no degree': { years: 1, short: 'About 1 year of college' },
  "Associate's degree": { years: 2, short: 'About 2 years' },
  "Bachelor's degree": { years: 4, short: 'About 4 years' },
  "Master's degree": { years: 6, short: 'About 6 years' },
  'Doctoral or professional degree': { years: 8, short: '7 years or more' },
};

/** O*NET Job Zones 1–5 (Job Zone Reference), when BLS gives no typical education. */
const byJobZone: Record<number, { years: number; label: string; short: string }> = {
  1: { years: 0, label: 'Little or no preparation: a few days to a few months', short: 'A few months or less' },
  2: { years: 0, label: 'Some preparation: high school and up to a year of training', short: 'Up to 1 year' },
  3: { years: 2, label: 'Medium preparation: vocational school or an associate\u2019s degree, 1\u20132 years', short: '1\u20132 years' },
  4: { years: 4, label: 'Considerable preparation: usually a bachelor\u2019s degree, about 4 years', short: 'About 4 years' },
  5: { years: 6, label: 'Extensive preparation: usually a graduate degree, 6 years or more', short: '6 years or more' },
};

/**
 * The time-to-train filter: "up to N years" buckets include every shorter one (a visitor asking for up to 2 years
 * also wants the 1-year jobs); "more than 4 years" holds only the longer ones. Unknown time fits none.
 */
export function fitsTrainingBucket(years: number | null, bucket: TrainingBucketId): boolean {
  if (years === null) return false;
  const b = trainingBuckets.find((t) => t.id === bucket)!;
  return b.maxYears === Infinity ? bucketFor(years) === bucket : years <= b.maxYears;
}

function bucketFor(years: number): TrainingBucketId {
  return trainingBuckets.find((b) => years <= b.maxYears)!.id;
}

/** Plain-words time to train, or null when neither BLS nor O*NET says. */
export function describeTimeToTrain(typicalEducation: string | null | undefined, jobZone: number | null | undefined): TimeToTrain | null {
  const education = typicalEducation ? byEducation[typicalEducation.trim()] : undefined;
  if (education && typicalEducation) {
    return {
      label: `${typicalEducation.trim()}: ${education.short.charAt(0).toLowerCase()}${education.short.slice(1)}`,
      short: education.short,
      years: education.years,
      bucket: bucketFor(education.years),
      basis: 'bls-education',
    };
  }
  const zone = jobZone ? byJobZone[jobZone] : undefined;
  if (!zone) return null;
  return { label: zone.label, short: zone.short, years: zone.years, bucket: bucketFor(zone.years), basis: 'onet-job-zone' };
}
