import { companies } from '../../../pipeline/db/schema/index.ts';
import { cached, groupBy, openCatalog } from './db.ts';
import { roleRows, toRoleCard, type RoleCard } from './roles.ts';

export interface CompanyPage {
  slug: string;
  name: string;
  /** Path under `public/`, or null for a lettermark. */
  logo: string | null;
  website: string | null;
  /** Partner vetted by the workforce board. */
  trustedPartner: boolean;
  description: string | null;
  /** By title. */
  roles: RoleCard[];
}

/** Every company, by name, with its roles: two queries for all company pages and the index. */
export const getCompanyPages = cached((): CompanyPage[] => {
  const rolesByCompany = groupBy(roleRows(), (r) => r.companySlug);
  return openCatalog()
    .select()
    .from(companies)
    .orderBy(companies.name)
    .all()
    .map((c) => ({ ...c, roles: (rolesByCompany.get(c.slug) ?? []).map(toRoleCard) }));
});

export interface Employer {
  slug: string;
  name: string;
  logo: string | null;
  roles: number;
}

/** Companies with at least one role, most roles first. */
export const listEmployers = cached((): Employer[] =>
  getCompanyPages()
    .filter((c) => c.roles.length > 0)
    .map((c) => ({ slug: c.slug, name: c.name, logo: c.logo, roles: c.roles.length }))
    .sort((a, b) => b.roles - a.roles || a.name.localeCompare(b.name)),
);
