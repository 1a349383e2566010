import { extname } from 'node:path';
import type { Problems } from '../lib/problems.ts';
import { normalizeHeader, readTable } from '../lib/read-table.ts';
import type { SourceFile } from './manifest.ts';

/**
 * Checks a release file against what the manifest says a sound copy looks like: the required headers and
 * the number of data rows. The pipeline checks the row count of every file it imports (its parsers check the
 * columns), and `data:fetch` checks both on every download before it may replace a cached copy.
 */

/**
 * `release` checks the manifest's row counts; `non-empty` only refuses a file without data rows, for the
 * small hand-written fixture sets the tests build catalogs from.
 */
export type RowCountCheck = 'release' | 'non-empty';

/** What was read of a file: its name in problems, header row and number of data rows. */
export type TableShape = { file: string; header: string[]; headerLine: number; read: number };

const count = (n: number) => n.toLocaleString('en-US');

/** Refuses a file whose number of data rows is outside the manifest's range (or, for fixtures, that has none). */
export function checkRowCount(source: SourceFile, table: Pick<TableShape, 'file' | 'read'>, problems: Problems, rowCounts: RowCountCheck = 'release'): void {
  if (!source.expect) return;
  const { min, max } = rowCounts === 'release' ? source.expect.rows : { min: 1, max: Infinity };
  if (table.read >= min && table.read <= max) return;
  const wanted = min === max ? `exactly ${count(min)}` : max === Infinity ? `at least ${count(min)}` : `${count(min)} to ${count(max)}`;
  const why = table.read < min ? 'the file looks cut off, empty or filtered' : 'the file looks like a different release';
  const rows = min === 1 && max === Infinity ? 'data row' : 'data rows';
  problems.add({ file: table.file, field: 'data rows', value: count(table.read), expected: `${wanted} ${rows} (${why})` });
}

/**
 * The required headers, then the row count. The pipeline's parsers name a missing column themselves, so
 * only a download is checked this way, naming every required column it lacks at once.
 */
function checkShape(source: SourceFile, table: TableShape, problems: Problems): void {
  const present = new Set(table.header.map(normalizeHeader));
  const missing = (source.expect?.headers ?? []).filter((h) => !present.has(normalizeHeader(h)));
  if (missing.length) {
    problems.add({
      file: table.file, line: table.headerLine, field: 'header', value: table.header.join(' | '),
      expected: `the columns ${missing.map((h) => `"${h}"`).join(', ')}: is this the right file, or were columns renamed?`,
    });
    return;
  }
  checkRowCount(source, table, problems);
}

/** Reads a downloaded file (saved at `path` until it passes) as the pipeline would, and checks its shape. */
export function verifyReleaseFile(path: string, source: SourceFile, problems: Problems): void {
  if (!source.expect) return;
  const before = problems.size;
  const options = { headerHas: source.expect.headers[0], sheet: source.expect.sheet, displayName: source.saveAs, extension: extname(source.saveAs) };
  const table = readTable(path, problems, options);
  if (problems.size > before) return;
  checkShape(source, { ...table, read: table.rows.length }, problems);
}
