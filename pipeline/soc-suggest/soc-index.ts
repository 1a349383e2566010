import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSearchData, titleKey, titleKeysOf, type OccupationRecord, type SearchData } from '../../core/search/search-data.ts';
import { openSearchData, type SearchIndex } from '../../core/search/search-index.ts';
import { searchIndexFile } from '../constants.ts';
import type { CatalogDb } from '../db/catalog-db.ts';
import { readOccupationRecords, resolveCatalogPath } from './occupation-records.ts';

/**
 * The SOC ranker is the site's search ranker (`core/search/`): the same module over the same data,
 * so a title gets the same answer in `soc:suggest` and on `/search/`. The pipeline writes that data
 * to `search-index.json` beside the catalog; here it is read back, or built from a catalog directly.
 */

export { rankOccupations, type RankedOccupation } from '../../core/search/rank.ts';

export type SocQuery = { title: string; description?: string };

export type SocIndex = SearchIndex & {
  /** Every O*NET title's key, when built from the records: tells an O*NET title from an everyday one. */
  titleKeys?: ReadonlySet<string>;
};

/** Builds the index in memory; about a second for the whole of O*NET. */
export function createSocIndex(records: readonly OccupationRecord[]): SocIndex {
  return { ...openSearchData(buildSearchData(records)), titleKeys: new Set(records.flatMap((r) => titleKeysOf(r).map((k) => k.key))) };
}

/** The index of every occupation in a catalog (the pipeline's open database or the built file). */
export function loadSocIndex(db: CatalogDb): SocIndex {
  return createSocIndex(readOccupationRecords(db));
}

/** The index the pipeline wrote (the one the site serves), or undefined when there is none. */
export function readSocIndex(path: string): SocIndex | undefined {
  if (!existsSync(path)) return undefined;
  return openSearchData(JSON.parse(readFileSync(path, 'utf8')) as SearchData);
}

/** Whether a title is, word for word, one of O*NET's titles (false when the index does not know its titles). */
export function isOnetTitle(index: SocIndex, title: string): boolean {
  return index.titleKeys?.has(titleKey(title)) ?? false;
}

/** The index beside the built catalog (`$ATLAS_CATALOG` or `data/build/`), as the site serves it; throws when there is none. */
export function openBuiltIndex(catalog = resolveCatalogPath()): SocIndex {
  const path = join(dirname(catalog), searchIndexFile);
  const index = readSocIndex(path);
  if (!index) throw new Error(`No search index at ${path}: run \`npm run pipeline\` (set ATLAS_SOURCES to the release files).`);
  return index;
}
