import { eq } from 'drizzle-orm';
import { companies, roles } from '../../../pipeline/db/schema/index.ts';
import { cached, openCatalog } from './db.ts';

export interface RoleCard {
  slug: string;
  title: string;
  companyName: string;
  /** Path under `public/`, or null for a lettermark. */
  companyLogo: string | null;
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

/** Employer roles keyed by 6-digit SOC: a role filed under 29-1141.00 also counts for 29-1141.01. */
export const rolesBySoc = cached((): Map<string, RoleCard[]> => {
  const rows = openCatalog()
    .select({
      slug: roles.slug,
      title: roles.title,
      socCode: roles.socCode,
      companyName: companies.name,
      companyLogo: companies.logo,
      category: roles.category,
      employmentType: roles.employmentType,
      workLocationType: roles.workLocationType,
      city: roles.city,
      state: roles.state,
      proficiency: roles.proficiency,
      summary: roles.summary,
      isExample: roles.isExample,
    })
    .from(roles)
    .innerJoin(companies, eq(companies.slug, roles.companySlug))
    .orderBy(roles.title, companies.name)
    .all();
  const bySoc = new Map<string, RoleCard[]>();
  for (const { socCode, ...card } of rows) {
    const list = bySoc.get(socCode) ?? [];
    list.push(card);
    bySoc.set(socCode, list);
  }
  return bySoc;
});

export interface Employer {
  name: string;
  logo: string | null;
  roles: number;
}

/** Companies with at least one role, most roles first. */
export const listEmployers = cached((): Employer[] => {
  const byName = new Map<string, Employer>();
  for (const list of rolesBySoc().values()) {
    for (const role of list) {
      const employer = byName.get(role.companyName) ?? { name: role.companyName, logo: role.companyLogo, roles: 0 };
      employer.roles++;
      byName.set(role.companyName, employer);
    }
  }
  return [...byName.values()].sort((a, b) => b.roles - a.roles || a.name.localeCompare(b.name));
});
