import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCatalogFacets, getCompanyPages, getOccupationPages, getRegionPrograms, getRolePages } from '../src/lib/catalog/index.ts';
import { distDir } from './static-server.ts';

export interface SamplePage {
  type: string;
  /** URL path as a visitor requests it. */
  path: string;
}

/** The built file a static host answers `path` with (`/x/` → `x/index.html`). */
export function distFile(path: string): string {
  return join(distDir, path.endsWith('/') ? `${path}index.html` : path);
}

/** Page types that land separately: left out until built, so the gates grow with the site. */
const optionalTypes = new Set(['embed', '404']);

/**
 * Up to `perType` pages of every page type, chosen from the catalog so each covers a distinct shape:
 * an occupation with roles and one without O*NET ratings, the longest role descriptions, the company
 * with the most roles, catalog views filtered by area and by preparation.
 */
export function samplePages(perType: number): SamplePage[] {
  const occupations = getOccupationPages();
  const roles = [...getRolePages()].sort((a, b) => b.descriptionHtml.length - a.descriptionHtml.length);
  const companies = [...getCompanyPages()].sort((a, b) => b.roles.length - a.roles.length);
  const facets = getCatalogFacets();
  const withRoles = occupations.find((o) => o.code === '11-9021.00' && o.roles.length) ?? occupations.find((o) => o.roles.length);
  const unrated = occupations.find((o) => !o.skills.length && !o.knowledge.length);
  const zone = facets.zones.find((z) => z.zone !== null)?.zone;
  const pick = (type: string, paths: (string | false | undefined)[]) =>
    [...new Set(paths.filter((p): p is string => Boolean(p)))].slice(0, perType).map((path) => ({ type, path }));

  return [
    ...pick('home', ['/']),
    ...pick('catalog', ['/occupations/', `/occupations/area/${facets.areas[0].majorGroup}/`, zone !== undefined && `/occupations/preparation/${zone}/`]),
    ...pick('catalog by pay or time to train', ['/occupations/by-pay/', `/occupations/training/${facets.training[1].id}/`]),
    ...pick('occupation', [withRoles && `/occupations/${withRoles.code}/`, unrated && `/occupations/${unrated.code}/`, '/occupations/29-1141.00/']),
    ...pick('interests', ['/interests/realistic/', '/interests/social/up-to-2-years/']),
    ...pick('role', roles.map((r) => `/roles/${r.slug}/`)),
    ...pick('program', ['/programs/', ...getRegionPrograms().slice(0, 2).map((p) => `/programs/${p.id}/`)]),
    ...pick('company', ['/companies/', ...companies.map((c) => `/companies/${c.slug}/`)]),
    ...pick('search', ['/search/']),
    ...pick('embed', [withRoles && `/embed/occupations/${withRoles.code}/`, roles[0] && `/embed/roles/${roles[0].slug}/`]),
    ...pick('404', ['/404.html']),
  ].filter((p) => !optionalTypes.has(p.type) || existsSync(distFile(p.path)));
}
