import { cached } from './db.ts';
import { wageHeadline, type WageHeadline } from './wages.ts';
import { nextStepsByCode, type NextSteps } from './next-steps.ts';
import { activitiesByCode, interestsByCode, workStylesByCode, workValuesByCode, type InterestProfile, type WorkStyle, type WorkValue } from './onet-profile.ts';
import { rateOutlook, type OutlookRating } from './outlook-rating.ts';
import { preparationByCode } from './preparation.ts';
import type { TimeToTrain } from '../time-to-train.ts';
import type { HighDemandBadge } from './high-demand.ts';
import { emptyLists, occupationLists, type EffectiveLists } from './items.ts';
import { getJobZones, listOccupations, outlookForSoc, type JobZone, type Outlook } from './occupations.ts';
import {
  alsoCalledCap,
  educationByCode,
  ratingsByCode,
  relatedByCode,
  titlesByCode,
  type EducationLevel,
  type RatedElement,
} from './onet-details.ts';
import { programCardsByOccupation, type ProgramCard } from './programs.ts';
import { rolesBySoc, type RoleCard } from './roles.ts';
import { wageAreasBySoc } from './wage-areas.ts';
import { wagesForSoc, type OccupationWages } from './wages.ts';

/** Everything an occupation page shows, as plain data. */
export interface OccupationPage {
  code: string;
  socCode: string;
  title: string;
  description: string;
  majorGroup: string;
  careerArea: string;
  jobZone: JobZone | null;
  highDemand: HighDemandBadge[];
  /** The region's median pay (or the wider area's, named): the at-a-glance figure. */
  pay: WageHeadline | null;
  timeToTrain: TimeToTrain | null;
  outlookRating: OutlookRating | null;
  /** Trusted partners' roles first. */
  roles: RoleCard[];
  /** Beginner first (`orderProgramsForBeginners`). */
  programs: ProgramCard[];
  wages: OccupationWages;
  /** OEWS areas (national, states, metros) with a row for the SOC shown: the "wages in another area" choices. */
  wageAreaCount: number;
  outlook: Outlook | null;
  /** Responsibilities, tasks and tools with editors' overrides applied. */
  lists: EffectiveLists;
  skills: RatedElement[];
  knowledge: RatedElement[];
  education: EducationLevel[];
  interests: InterestProfile | null;
  workStyles: WorkStyle[];
  workValues: WorkValue[];
  /** Detailed work activities, those behind the most tasks first. */
  activities: string[];
  /** O*NET's Primary tiers of related occupations, as the API lists them. */
  related: { code: string; title: string }[];
  nextSteps: NextSteps;
  /** Up to `alsoCalledCap` titles; `alsoCalledTotal` counts them all. */
  alsoCalled: string[];
  alsoCalledTotal: number;
}

/**
 * All occupation pages from one batch of queries per table. Astro calls this from
 * `getStaticPaths`, so the 1,000-odd pages cost a dozen queries, not thousands.
 */
export const getOccupationPages = cached((): OccupationPage[] => {
  const zones = new Map(getJobZones().map((z) => [z.zone, z]));
  const roles = rolesBySoc();
  const programs = programCardsByOccupation();
  const lists = occupationLists();
  const ratings = ratingsByCode();
  const education = educationByCode();
  const related = relatedByCode();
  const nextSteps = nextStepsByCode();
  const preparation = preparationByCode();
  const interests = interestsByCode();
  const styles = workStylesByCode();
  const values = workValuesByCode();
  const activities = activitiesByCode();
  const trustedFirst = (list: RoleCard[]) => [...list].sort((a, b) => Number(b.companyTrusted) - Number(a.companyTrusted));
  const titles = titlesByCode();
  const wageAreas = wageAreasBySoc();
  return listOccupations().map((o) => {
    const allTitles = titles.get(o.code) ?? [];
    const wages = wagesForSoc(o.socCode);
    const outlook = outlookForSoc(o.socCode);
    return {
      code: o.code,
      socCode: o.socCode,
      title: o.title,
      description: o.description,
      majorGroup: o.majorGroup,
      careerArea: o.careerArea,
      jobZone: o.jobZone === null ? null : (zones.get(o.jobZone) ?? null),
      highDemand: o.highDemand,
      pay: wageHeadline(o.socCode),
      timeToTrain: preparation.get(o.code)?.timeToTrain ?? null,
      outlookRating: rateOutlook(outlook, o.highDemand),
      roles: trustedFirst(roles.get(o.socCode) ?? []),
      programs: programs.get(o.code) ?? [],
      wages,
      wageAreaCount: wageAreas.get(wages.shownSoc)?.length ?? 0,
      outlook,
      lists: lists.get(o.code) ?? emptyLists(),
      skills: ratings.get(o.code)?.skills ?? [],
      knowledge: ratings.get(o.code)?.knowledge ?? [],
      education: education.get(o.code) ?? [],
      interests: interests.get(o.code) ?? null,
      workStyles: styles.get(o.code) ?? [],
      workValues: values.get(o.code) ?? [],
      activities: activities.get(o.code) ?? [],
      related: related.get(o.code) ?? [],
      nextSteps: nextSteps.get(o.code) ?? { related: [], stepUp: [] },
      alsoCalled: allTitles.slice(0, alsoCalledCap),
      alsoCalledTotal: allTitles.length,
    };
  });
});
