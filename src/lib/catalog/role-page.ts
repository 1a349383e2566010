import { formatSalaryRange } from '../format.ts';
import { cached, groupBy } from './db.ts';
import { emptyLists, roleLists, type EffectiveLists } from './items.ts';
import { getJobZones, listOccupations } from './occupations.ts';
import { ratingsByCode, relatedByCode } from './onet-details.ts';
import { programCardsByOccupation, type ProgramCard } from './programs.ts';
import { roleRows, rolesBySoc, type RoleCard } from './roles.ts';

export interface RelatedOccupation {
  code: string;
  title: string;
  /** role: the occupation the role is filed under; soc: shares its 6-digit SOC; onet: O*NET lists it as related. */
  relation: 'role' | 'soc' | 'onet';
}

/** Everything a role page shows, as plain data. */
export interface RolePage {
  slug: string;
  title: string;
  summary: string;
  /** Sanitised by the pipeline; rendered as is. */
  descriptionHtml: string;
  skills: string[];
  company: { slug: string; name: string; logo: string | null; website: string | null };
  /** The occupation the role is filed under, with what search filters on. */
  occupation: { code: string; socCode: string; title: string; careerArea: string; preparation: string | null; highDemand: boolean };
  category: string;
  employmentType: string;
  workLocationType: string;
  /** e.g. `St. Petersburg, FL`. */
  location: string;
  city: string;
  /** Postal code, e.g. `FL`. */
  state: string;
  /** e.g. `$90,000–$120,000 a year`; null when the employer gives no pay. */
  salary: string | null;
  /** The employer's annual range behind `salary`, for the API and JobPosting markup. */
  salaryMin: number | null;
  salaryMax: number | null;
  /** Required proficiency, 0–100. */
  proficiency: number;
  applicationUrl: string | null;
  /** ISO dates from the role file, for JobPosting markup; `validThrough` null while the posting stays open. */
  datePosted: string;
  validThrough: string | null;
  isExample: boolean;
  lists: EffectiveLists;
  related: RelatedOccupation[];
  programs: ProgramCard[];
  /** O*NET rated the occupation's skills, so programs' skills in common mean something. */
  skillsRated: boolean;
  similar: RoleCard[];
  /** `similar` are at other companies; false when none are, and it lists the occupation's other roles instead. */
  similarAtOtherCompanies: boolean;
}

/** All role pages from the batches the occupation pages already load; a role adds no query of its own. */
export const getRolePages = cached((): RolePage[] => {
  const occupations = listOccupations();
  const byCode = new Map(occupations.map((o) => [o.code, o]));
  const zones = new Map(getJobZones().map((z) => [z.zone, `Job Zone ${z.zone}: ${z.name}`]));
  const occupationsBySoc = groupBy(occupations, (o) => o.socCode);
  const lists = roleLists();
  const related = relatedByCode();
  const ratings = ratingsByCode();
  const programs = programCardsByOccupation();
  const bySoc = rolesBySoc();
  return roleRows().map((r) => {
    const occupation = byCode.get(r.occupationCode);
    const siblings = (occupationsBySoc.get(r.socCode) ?? []).filter((o) => o.code !== r.occupationCode);
    const relatedList: RelatedOccupation[] = [
      { code: r.occupationCode, title: occupation?.title ?? r.occupationCode, relation: 'role' },
      ...siblings.map((o) => ({ code: o.code, title: o.title, relation: 'soc' as const })),
    ];
    const seen = new Set(relatedList.map((o) => o.code));
    for (const o of related.get(r.occupationCode) ?? []) if (!seen.has(o.code)) relatedList.push({ ...o, relation: 'onet' });

    const sameSoc = (bySoc.get(r.socCode) ?? []).filter((c) => c.slug !== r.slug);
    const elsewhere = sameSoc.filter((c) => c.companySlug !== r.companySlug);
    const roleProgramCards = programs.get(r.occupationCode) ?? [];
    const rated = ratings.get(r.occupationCode);
    return {
      slug: r.slug,
      title: r.title,
      summary: r.summary,
      descriptionHtml: r.descriptionHtml,
      skills: r.skills,
      company: { slug: r.companySlug, name: r.companyName, logo: r.companyLogo, website: r.companyWebsite },
      occupation: {
        code: r.occupationCode,
        socCode: r.socCode,
        title: occupation?.title ?? r.occupationCode,
        careerArea: occupation?.careerArea ?? '',
        preparation: occupation?.jobZone ? (zones.get(occupation.jobZone) ?? null) : null,
        highDemand: Boolean(occupation?.highDemand.length),
      },
      category: r.category,
      employmentType: r.employmentType,
      workLocationType: r.workLocationType,
      location: `${r.city}, ${r.state}`,
      city: r.city,
      state: r.state,
      salary: formatSalaryRange(r.salaryMin, r.salaryMax),
      salaryMin: r.salaryMin,
      salaryMax: r.salaryMax,
      proficiency: r.proficiency,
      applicationUrl: r.applicationUrl,
      datePosted: r.datePosted,
      validThrough: r.validThrough,
      isExample: r.isExample,
      lists: lists.get(r.slug) ?? emptyLists(),
      related: relatedList,
      programs: roleProgramCards,
      skillsRated: Boolean(rated && rated.skills.length + rated.knowledge.length > 0) || roleProgramCards.some((p) => p.skillsInCommon > 0),
      similar: elsewhere.length > 0 ? elsewhere : sameSoc,
      similarAtOtherCompanies: elsewhere.length > 0,
    };
  });
});
