import { eq } from 'drizzle-orm';
import { companies, roles } from '../../../pipeline/db/schema/index.ts';
import { cached, groupBy, openCatalog } from './db.ts';

export interface RoleCard {
  slug: string;
  title: string;
  companySlug: string;
  companyName: string;
  /** Path under `public/`, or null for a lettermark. */
  companyLogo: string | null;
  /** The company is a partner vetted by the workforce board: its roles are listed first. */
  companyTrusted: boolean;
  category: string;
  employmentType: string;
  workLocationType: string;
  city: string;
  state: string;
  /** Required proficiency, 0–100. */
  proficiency: number;
  summary: string;
  isExample: boolean;
}

/** Every role with its company, by title: the one query behind role cards, role pages and company pages. */
export const roleRows = cached(() =>
  openCatalog()
    .select({
      slug: roles.slug,
      title: roles.title,
      occupationCode: roles.occupationCode,
      socCode: roles.socCode,
      companySlug: roles.companySlug,
      companyName: companies.name,
      companyLogo: companies.logo,
      companyWebsite: companies.website,
      companyTrusted: companies.trustedPartner,
      category: roles.category,
      employmentType: roles.employmentType,
      workLocationType: roles.workLocationType,
      city: roles.city,
      state: roles.state,
      salaryMin: roles.salaryMin,
      salaryMax: roles.salaryMax,
      proficiency: roles.proficiency,
      applicationUrl: roles.applicationUrl,
      skills: roles.skills,
      summary: roles.summary,
      descriptionHtml: roles.descriptionHtml,
      datePosted: roles.datePosted,
      validThrough: roles.validThrough,
      isExample: roles.isExample,
    })
    .from(roles)
    .innerJoin(companies, eq(companies.slug, roles.companySlug))
    .orderBy(roles.title, companies.name)
    .all(),
);

export type RoleRow = ReturnType<typeof roleRows>[number];

export function toRoleCard(r: RoleRow): RoleCard {
  const { slug, title, companySlug, companyName, companyLogo, companyTrusted, category, employmentType, workLocationType, city, state, proficiency, summary, isExample } = r;
  return { slug, title, companySlug, companyName, companyLogo, companyTrusted, category, employmentType, workLocationType, city, state, proficiency, summary, isExample };
}

/** Employer roles keyed by 6-digit SOC: a role filed under 29-1141.00 also counts for 29-1141.01. */
export const rolesBySoc = cached(
  (): Map<string, RoleCard[]> => new Map([...groupBy(roleRows(), (r) => r.socCode)].map(([soc, list]) => [soc, list.map(toRoleCard)])),
);
