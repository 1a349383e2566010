import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSearchData } from '../../core/search/search-data.ts';
import { searchIndexFile } from '../constants.ts';
import type { CatalogDb } from '../db/catalog-db.ts';
import { readOccupationRecords } from '../soc-suggest/occupation-records.ts';

/**
 * Writes the search index (`search-index.json`) beside the catalog it was read from: the one data
 * file that `soc:suggest` ranks with and that the site splits into the files the browser loads.
 * Written to a temporary file and renamed, so a reader never sees half of it.
 */
export function writeSearchIndex(db: CatalogDb, outDir: string): { occupations: number; terms: number; path: string } {
  const data = buildSearchData(readOccupationRecords(db));
  const path = join(outDir, searchIndexFile);
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, JSON.stringify(data));
  renameSync(temp, path);
  return { occupations: data.occupations.length, terms: data.terms.length, path };
}
