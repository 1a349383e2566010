import { atlasConfig } from '../../atlas.config.ts';

/**
 * Every path the site publishes for a record, and the absolute form used in canonical links, the API,
 * oEmbed and structured data, so moving the site is one change to `site.url` in `editions/<id>/edition.ts`.
 */
export const paths = {
  occupation: (code: string) => `/occupations/${code}/`,
  role: (slug: string) => `/roles/${slug}/`,
  program: (id: string) => `/programs/${id}/`,
  company: (slug: string) => `/companies/${slug}/`,
  embedOccupation: (code: string) => `/embed/occupations/${code}/`,
  embedRole: (slug: string) => `/embed/roles/${slug}/`,
  apiOccupation: (code: string) => `/api/v1/occupations/${code}.json`,
  apiRole: (slug: string) => `/api/v1/roles/${slug}.json`,
  apiProgram: (id: string) => `/api/v1/programs/${id}.json`,
  /** Per 6-digit SOC: OEWS publishes wages for the SOC, which O*NET's detailed codes share. */
  apiWages: (socCode: string) => `/api/v1/wages/${socCode}.json`,
  oembedOccupation: (code: string) => `/api/v1/oembed/occupations/${code}.json`,
  oembedRole: (slug: string) => `/api/v1/oembed/roles/${slug}.json`,
  schema: (name: string) => `/api/v1/schemas/${name}.schema.json`,
};

export const absolute = (path: string): string => new URL(path, atlasConfig.site.url).href;
