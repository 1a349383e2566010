import { relative } from 'node:path';
import type { EditionConfig } from '../../editions/index.ts';
import { insertRows, type CatalogDb, type CatalogOrm } from '../db/catalog-db.ts';
import { occupations, sourceFiles as sourceFilesTable } from '../db/schema/index.ts';
import type { Problems } from '../lib/problems.ts';
import type { ParsedTable } from '../lib/row-schema.ts';
import { locateById } from '../sources/locate.ts';
import { sourceFiles } from '../sources/manifest.ts';
import { checkRowCount, type RowCountCheck } from '../sources/verify-release.ts';

/** What every step gets: the catalog being written, the folders (from `pipeline/paths.ts`), the edition, and the problem collector. */
export type StepContext = {
  db: CatalogDb;
  /** The same database for typed reads (`db/catalog-db.ts`). */
  orm: CatalogOrm;
  /** Release files folder. */
  root: string;
  /** Editors' content folder (`editions/<edition>/content/`). */
  contentDir: string;
  /** Cached model refinements (`data/enrichment/`). */
  enrichmentDir: string;
  /** Job titles as employers post them (`data/titles/posted-titles.csv`); none when absent (the tests' small fixture sets). */
  postedTitlesPath?: string;
  /** Where the catalog and the build reports go. */
  outDir: string;
  /** The edition being built. */
  config: EditionConfig;
  problems: Problems;
  /** How strictly the release files' row counts are checked (see verify-release.ts); the manifest's counts by default. */
  rowCounts?: RowCountCheck;
};

/** The O*NET-SOC codes of the catalog's occupations, which the repository's own files are checked against. */
export const readOccupationCodes = (ctx: StepContext): Set<string> =>
  new Set(ctx.orm.select({ code: occupations.code }).from(occupations).all().map((o) => o.code));

/** Rows written per table by a step, for the run log and the coverage report. */
export type StepResult = Record<string, number>;

/** What a stage wrote, and the rows it hands on to the stages after it (`run.ts` passes them along). */
export type Handing<T> = { written: StepResult; handOn: T };

/**
 * Reads one release file and writes its rows, then records what it contributed. An absent file
 * (only optional ones reach this point) imports nothing.
 */
export function importSource<V>(
  ctx: StepContext,
  id: string,
  read: (path: string) => ParsedTable<V>,
  write: (parsed: ParsedTable<V>) => number,
): number {
  const path = locateById(ctx.root, id);
  if (!path) return 0;
  const started = performance.now();
  const parsed = read(path);
  // A file that could not be read at all has no header; its problem is already recorded.
  if (parsed.header.length) checkRowCount(sourceFiles.get(id)!.file, parsed, ctx.problems, ctx.rowCounts);
  const imported = write(parsed);
  recordSource(ctx, id, path, parsed, imported, started);
  return imported;
}

/** Records what a release file contributed: the provenance table the site cites and the report counts. */
function recordSource(ctx: StepContext, id: string, path: string, parsed: ParsedTable<unknown>, imported: number, started: number): void {
  const entry = sourceFiles.get(id)!;
  insertRows(ctx.db, sourceFilesTable, [
    {
      id,
      publisher: entry.release.publisher,
      release: entry.release.release,
      licence: entry.release.licence,
      path: relative(ctx.root, path),
      rowsRead: parsed.read,
      rowsImported: imported,
      rowsRejected: parsed.rejected,
      rowsSkipped: parsed.skipped,
      seconds: (performance.now() - started) / 1000,
    },
  ]);
}

/**
 * Keeps rows whose codes are all known (e.g. listed in Occupation Data); each unknown code is a located problem.
 * A key may bring its own list and wording (e.g. a DWA ID checked against DWA Reference).
 */
export function keepKnown<V>(
  ctx: StepContext,
  parsed: ParsedTable<V>,
  known: Set<string>,
  keys: { field: string; of: (value: V) => string; known?: Set<string>; expected?: string }[],
  expected: string,
): V[] {
  const kept: V[] = [];
  // Nothing is known when the file that lists the codes was refused: its problem says why, and listing
  // every row of every file that refers to it would bury that one message.
  if (known.size === 0) {
    parsed.rejected += parsed.rows.length;
    return kept;
  }
  for (const { line, value } of parsed.rows) {
    const unknown = keys.filter((k) => !(k.known ?? known).has(k.of(value)));
    for (const k of unknown) ctx.problems.add({ file: parsed.file, line, field: k.field, value: k.of(value), expected: k.expected ?? expected });
    if (unknown.length === 0) kept.push(value);
    else parsed.rejected++;
  }
  return kept;
}
