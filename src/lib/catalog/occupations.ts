import { eq } from 'drizzle-orm';
import { jobZones, occupations, projections } from '../../../pipeline/db/schema/index.ts';
import { careerAreaTitle } from '../career-areas.ts';
import { summarize } from '../format.ts';
import { cached, openCatalog } from './db.ts';
import { highDemandByCode, type HighDemandBadge } from './high-demand.ts';
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
  /** Employer roles sharing the occupation's 6-digit SOC. */
  openRoles: number;
  /** Region programs linked to the occupation. */
  programs: number;
  /** BLS projected openings a year, in thousands (national); null when not projected. */
  openings: number | null;
}

/** Orders of the catalog table: by title, by open roles, by BLS projected openings. */
export type CatalogSort = 'title' | 'roles' | 'openings';

/** What the table's caption says each order is. */
export const catalogSortLabels: Record<CatalogSort, string> = { title: 'title', roles: 'open roles', openings: 'projected openings a year' };

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
  return openCatalog()
    .select()
    .from(occupations)
    .orderBy(occupations.title)
    .all()
    .map((o) => ({
      code: o.code,
      socCode: o.socCode,
      title: o.title,
      majorGroup: o.majorGroup,
      careerArea: careerAreaTitle(o.majorGroup),
      summary: summarize(o.description),
      description: o.description,
      jobZone: o.jobZone,
      highDemand: highDemand.get(o.code) ?? [],
      openRoles: roles.get(o.socCode)?.length ?? 0,
      programs: programCards.get(o.code)?.length ?? 0,
      openings: outlook.get(o.socCode)?.openingsAnnual ?? null,
    }));
});

export interface Outlook {
  period: string;
  employmentBase: number | null;
  employmentTarget: number | null;
  /** Thousands of jobs, as BLS publishes them. */
  changeNumeric: number | null;
  changePercent: number | null;
  openingsAnnual: number | null;
  typicalEducation: string | null;
  workExperience: string | null;
  onTheJobTraining: string | null;
}

/** BLS projections for detailed occupations, keyed by 6-digit SOC. */
export const outlookBySoc = cached((): Map<string, Outlook> => {
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
      },
    ]),
  );
});

export interface CatalogFacets {
  areas: { majorGroup: string; title: string; count: number }[];
  zones: { zone: number | null; label: string; count: number }[];
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
    highDemand: count((o) => o.highDemand.length > 0),
    curated: count((o) => o.highDemand.some((h) => h.basis === 'curated')),
    withRoles: count((o) => o.openRoles > 0),
  };
});
