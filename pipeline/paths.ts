import { dirname, join, resolve } from 'node:path';
import { defaultEditionId, editions, findEdition, type EditionConfig } from '../editions/index.ts';

/**
 * The one place that reads the environment: which edition, and where the release files, the editors'
 * content, the enrichment cache, the catalog and the built site are. Commands call `resolvePaths()`
 * once and hand the result on (the pipeline through the step context); the site reads it through
 * `atlas.config.ts`. A test fails on an `ATLAS_…` variable read anywhere else.
 *
 * | Variable           | Default                                         |
 * | ------------------ | ----------------------------------------------- |
 * | `ATLAS_EDITION`    | `tampa-bay` (`ATLAS_EDITIONS`: several, below)  |
 * | `ATLAS_SOURCES`    | `data/sources/` (then fetched when missing)     |
 * | `ATLAS_CONTENT`    | `editions/<edition>/content/`                   |
 * | `ATLAS_ENRICHMENT` | `data/enrichment/` (shared by all editions)     |
 * | `ATLAS_CATALOG`    | `<build folder>/catalog.sqlite`                 |
 * | `ATLAS_DIST`       | `dist/`                                         |
 *
 * The build folder is `data/build/` for the default edition, as before editions existed, and
 * `data/build/<edition>/` for the others, so building one edition never replaces another's catalog.
 * Relative paths are taken from the working directory (npm scripts run at the repository root).
 */

export type AtlasPaths = {
  edition: EditionConfig;
  /** Release files; `fromEnv` when `ATLAS_SOURCES` named them (then nothing is downloaded). */
  sources: { root: string; fromEnv: boolean };
  /** The edition's editors' content. */
  contentDir: string;
  /** Cached model refinements of O*NET lists. */
  enrichmentDir: string;
  /** The catalog the pipeline writes and the site reads. */
  catalogPath: string;
  /** Where the catalog and the build reports go (the catalog's folder). */
  buildDir: string;
  /** The built site. */
  distDir: string;
  /** Job titles as employers post them, with their occupations: the search's titles besides O*NET's. */
  postedTitlesPath: string;
};

/** An edition's content folder, `editions/<id>/content/`: the folder its editors (and the CMS) write to. */
export function editionContentDir(id: string): string {
  return resolve('editions', id, 'content');
}

/** An edition's build folder when `ATLAS_CATALOG` does not say otherwise. */
function editionBuildDir(id: string): string {
  return resolve('data/build', id === defaultEditionId ? '' : id);
}

/** The catalog of the release files alone, shared by the editions `npm run build:all` builds. */
export const baseCatalogPath = resolve('data/build/_base/catalog.sqlite');

export function resolvePaths(env: NodeJS.ProcessEnv = process.env): AtlasPaths {
  const edition = findEdition(env.ATLAS_EDITION || defaultEditionId);
  const catalogPath = env.ATLAS_CATALOG ? resolve(env.ATLAS_CATALOG) : join(editionBuildDir(edition.id), 'catalog.sqlite');
  return {
    edition,
    sources: { root: resolve(env.ATLAS_SOURCES || 'data/sources'), fromEnv: Boolean(env.ATLAS_SOURCES) },
    contentDir: env.ATLAS_CONTENT ? resolve(env.ATLAS_CONTENT) : editionContentDir(edition.id),
    enrichmentDir: resolve(env.ATLAS_ENRICHMENT || 'data/enrichment'),
    catalogPath,
    buildDir: dirname(catalogPath),
    distDir: resolve(env.ATLAS_DIST || 'dist'),
    postedTitlesPath: resolve('data/titles/posted-titles.csv'),
  };
}

/**
 * The editions a multi-edition command (`npm run check`, `npm run build:all`) covers, with their paths:
 * the ones listed in `ATLAS_EDITIONS` (comma- or space-separated; how a CI job gets its share), else the
 * one `ATLAS_EDITION` names, else all of them. `ATLAS_CONTENT` and `ATLAS_CATALOG` name one edition's
 * files, so they apply only when one edition is selected.
 */
export function resolveSelectedPaths(env: NodeJS.ProcessEnv = process.env): AtlasPaths[] {
  const ids = (env.ATLAS_EDITIONS || env.ATLAS_EDITION || '').split(/[\s,]+/).filter(Boolean);
  const selected = ids.length ? ids.map((id) => findEdition(id).id) : editions.map((e) => e.id);
  if (selected.length === 1) return [resolvePaths({ ...env, ATLAS_EDITION: selected[0] })];
  const { ATLAS_CONTENT: _content, ATLAS_CATALOG: _catalog, ...shared } = env;
  return selected.map((id) => resolvePaths({ ...shared, ATLAS_EDITION: id }));
}
