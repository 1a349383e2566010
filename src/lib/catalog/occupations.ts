import { eq } from 'drizzle-orm';
import { broadGroupOf, jobZones, occupations, projections } from '../../../pipeline/db/schema/index.ts';
import { careerAreaTitle } from '../career-areas.ts';
import { summarize } from '../format.ts';
import { fitsTrainingBucket, trainingBuckets, type TimeToTrain, type TrainingBucketId } from '../time-to-train.ts';
import { cached, openCatalog } from './db.ts';
import { comparablePay, wageHeadline, type WageHeadline } from './wages.ts';
import { highDemandByCode, type HighDemandBadge } from './high-demand.ts';
import { preparationByCode } from './preparation.ts';
import { programCardsByOccupation } from './programs.ts';
import { rolesBySoc } from './roles.ts';

export interface OccupationSummary {
  code: string;
  socCode: string;
  title: string;
  majorGroup: string;
  careerArea: string;
  /** First sentence of the O*NET description. */
  summary: string;
  description: string;
  jobZone: number | null;
  highDemand: HighDemandBadge[];
  /** Employer roles sharing the occupation's 6-digit SOC; example listings are not openings and not counted. */
  openRoles: number;
  /** Example listings (starter content) sharing the SOC. */
  exampleListings: number;
  /** The region's median pay, or the wider area's (named). */
  pay: WageHeadline | null;
  /** `pay` as one comparable annual figure, for sorting; null when none is published. */
  payValue: number | null;
  timeToTrain: TimeToTrain | null;
  /** Region programs linked to the occupation. */
  programs: number;
  /** BLS projected openings a year, in thousands (national); null when not projected. */
  openings: number | null;
}

/** Orders of the catalog table: by title, by open roles, by BLS projected openings, by median pay. */
export type CatalogSort = 'title' | 'roles' | 'openings' | 'pay';

/** What the table's caption says each order is. */
export const catalogSortLabels: Record<CatalogSort, string> = { title: 'title', roles: 'open roles', openings: 'projected openings a year', pay: 'median pay, highest first' };

export interface JobZone {
  zone: number;
  /** e.g. `Considerable preparation needed`. */
  name: string;
  education: string;
  experience: string;
  training: string;
}

export const getJobZones = cached((): JobZone[] =>
  openCatalog()
    .select()
    .from(jobZones)
    .orderBy(jobZones.jobZone)
    .all()
    .map((z) => ({
      zone: z.jobZone,
      name: z.name.replace(/^Job Zone \w+: /, '').replace(/^(.)(.*)$/, (_, a: string, b: string) => a + b.toLowerCase()),
      education: z.education,
      experience: z.experience,
      training: z.jobTraining,
    })),
);

/** Every occupation, sorted by title, with the counts the catalog table shows. */
export const listOccupations = cached((): OccupationSummary[] => {
  const roles = rolesBySoc();
  const programCards = programCardsByOccupation();
  const highDemand = highDemandByCode();
  const outlook = outlookBySoc();
  const preparation = preparationByCode();
  return openCatalog()
    .select()
    .from(occupations)
    .orderBy(occupations.title)
    .all()
    .map((o) => {
      const socRoles = roles.get(o.socCode) ?? [];
      const pay = wageHeadline(o.socCode);
      return {
        code: o.code,
        socCode: o.socCode,
        title: o.title,
        majorGroup: o.majorGroup,
        careerArea: careerAreaTitle(o.majorGroup),
        summary: summarize(o.description),
        description: o.description,
        jobZone: o.jobZone,
        highDemand: highDemand.get(o.code) ?? [],
        openRoles: socRoles.filter((r) => !r.isExample).length,
        exampleListings: socRoles.filter((r) => r.isExample).length,
        pay,
        payValue: comparablePay(pay),
        timeToTrain: preparation.get(o.code)?.timeToTrain ?? null,
        programs: programCards.get(o.code)?.length ?? 0,
        openings: outlook.get(o.socCode)?.openingsAnnual ?? null,
      };
    });
});

export interface Outlook {
  period: string;
  /** Thousands of jobs, as BLS publishes them: all jobs, including the self-employed. */
  employmentBase: number | null;
  employmentTarget: number | null;
  /** Thousands of jobs, as BLS publishes them. */
  changeNumeric: number | null;
  changePercent: number | null;
  openingsAnnual: number | null;
  typicalEducation: string | null;
  workExperience: string | null;
  onTheJobTraining: string | null;
  /** Set when the figures are the broad group's (e.g. 13-1020), which the projections publish as one line item. */
  group: { code: string; title: string } | null;
}

type LineItem = Omit<Outlook, 'group'> & { title: string };

/** BLS projections for line items (detailed occupations, and broad groups published as one line), keyed by 6-digit SOC. */
export const outlookBySoc = cached((): Map<string, LineItem> => {
  const rows = openCatalog().select().from(projections).where(eq(projections.occupationType, 'Line item')).all();
  return new Map(
    rows.map((p) => [
      p.socCode,
      {
        period: `${p.baseYear}–${p.targetYear}`,
        employmentBase: p.employmentBase,
        employmentTarget: p.employmentTarget,
        changeNumeric: p.changeNumeric,
        changePercent: p.changePercent,
        openingsAnnual: p.openingsAnnual,
        typicalEducation: p.typicalEducation,
        workExperience: p.workExperience,
        onTheJobTraining: p.onTheJobTraining,
        title: p.title,
      },
    ]),
  );
});

/**
 * The occupation's own projections, else its broad group's when the projections publish the group as one
 * line item (the three kinds of buyers as 13-1020), named as the wage fallback names it.
 */
export function outlookForSoc(socCode: string): Outlook | null {
  const own = outlookBySoc().get(socCode);
  const broadCode = broadGroupOf(socCode);
  const item = own ?? (broadCode === socCode ? undefined : outlookBySoc().get(broadCode));
  if (!item) return null;
  const { title, ...outlook } = item;
  return { ...outlook, group: own ? null : { code: broadCode, title } };
}

export interface CatalogFacets {
  areas: { majorGroup: string; title: string; count: number }[];
  zones: { zone: number | null; label: string; count: number }[];
  /** Time-to-train filter buckets (cumulative up to 4 years), with how many occupations each holds. */
  training: { id: TrainingBucketId; label: string; count: number }[];
  highDemand: number;
  /** On the edition's curated list; 0 for an edition without one, whose pages then do not offer it. */
  curated: number;
  withRoles: number;
}

/** Counts for the browse links and filter options of the catalog pages. */
export const getCatalogFacets = cached((): CatalogFacets => {
  const all = listOccupations();
  const count = (test: (o: OccupationSummary) => boolean) => all.filter(test).length;
  const groups = [...new Set(all.map((o) => o.majorGroup))].sort();
  return {
    areas: groups.map((g) => ({ majorGroup: g, title: careerAreaTitle(g), count: count((o) => o.majorGroup === g) })),
    zones: [
      ...getJobZones().map((z) => ({ zone: z.zone, label: `Job Zone ${z.zone}: ${z.name}`, count: count((o) => o.jobZone === z.zone) })),
      { zone: null, label: 'Not rated by O*NET', count: count((o) => o.jobZone === null) },
    ],
    training: trainingBuckets.map((b) => ({ id: b.id, label: b.label, count: count((o) => fitsTrainingBucket(o.timeToTrain?.years ?? null, b.id)) })),
    highDemand: count((o) => o.highDemand.length > 0),
    curated: count((o) => o.highDemand.some((h) => h.basis === 'curated')),
    withRoles: count((o) => o.openRoles > 0),
  };
});
