import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import XLSX from 'xlsx';
import { decodeUtf8 } from './decode-text.ts';
import type { Problems } from './problems.ts';

/** One data row as text cells, with the line (or spreadsheet row) it came from. */
export type RawRow = { line: number; cells: string[] };
export type RawTable = { file: string; header: string[]; headerLine: number; rows: RawRow[] };

export type ReadOptions = {
  /** Spreadsheet sheet to read, by exact name or pattern; the first sheet when absent. */
  sheet?: string | RegExp;
  /** A header cell that identifies the header row (spreadsheets often have title rows above it). */
  headerHas?: string;
  /** How problems name the file; the file name by default (release files), a repository path for editors' files. */
  displayName?: string;
  /** Read as this kind of file (`.csv`, `.xlsx`, …) whatever the name: a download still under its temporary name. */
  extension?: string;
};

/**
 * NCES and BLS keep leading zeros in CSV exports by writing codes as Excel formulas, `="01.0101"`,
 * which is not valid CSV quoting; turned into a plain quoted field, the value is what is inside.
 */
const excelFormulaField = /(^|,)="/gm;

/** Spreadsheet numbers become text the way the published CSV conversions write them (`String(value)`). */
function cellText(cell: unknown): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

/**
 * The longest cell a release file may hold. The longest in any of the releases is under 1,000 characters
 * (a CIP definition); a cell of megabytes is a broken file, and would end up whole on a page.
 */
export const MAX_FIELD_CHARS = 10_000;

/** Tab-separated files (O*NET text release and its Excel-derived form) are unquoted by design. */
function readTsv(text: string): RawRow[] {
  const lines = text.split(/\r?\n/);
  const rows: RawRow[] = [];
  lines.forEach((line, i) => {
    if (line !== '') rows.push({ line: i + 1, cells: line.split('\t') });
  });
  return rows;
}

/** A quote inside a quoted field that the publisher did not double (`titled "Security" in`). */
const strayQuote = /([^,"\n])"([^,"\r\n])/g;

function parseCsvText(text: string): { rows: RawRow[]; errors: { line?: number; message: string }[] } {
  const errors: { line?: number; message: string }[] = [];
  // With `info: true` each record comes with its position; csv-parse's types do not follow that option.
  const records = parseCsv(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: { lines?: number; message: string } | undefined) => {
      if (err) errors.push({ line: err.lines, message: err.message });
    },
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return { rows: records.map(({ record, info }) => ({ line: info.lines, cells: record })), errors };
}

/**
 * Parses RFC 4180 CSV. NCES's CIPCode2020.csv has one definition with undoubled inner quotes, so a file
 * that fails is parsed once more with such quotes doubled; only errors that remain are reported.
 */
function readCsv(text: string, file: string, problems: Problems): RawRow[] {
  // csv-parse takes the line end of the first record for the whole file: a file whose first lines end in
  // CRLF and the rest in LF would read as a few giant records. One line end throughout avoids that.
  const source = text.replace(/\r\n/g, '\n').replace(excelFormulaField, '$1"');
  let parsed = parseCsvText(source);
  if (parsed.errors.length) {
    const repaired = parseCsvText(source.replace(strayQuote, '$1""$2'));
    if (repaired.errors.length === 0) parsed = repaired;
  }
  for (const err of parsed.errors) problems.add({ file, line: err.line, expected: `a well-formed CSV record (${err.message})` });
  return parsed.rows;
}

function readXlsx(path: string, file: string, sheet: ReadOptions['sheet'], problems: Problems): RawRow[] {
  const book = XLSX.readFile(path, { dense: true });
  const name =
    sheet === undefined
      ? book.SheetNames[0]
      : book.SheetNames.find((n) => (typeof sheet === 'string' ? n === sheet : sheet.test(n)));
  if (!name) {
    problems.add({ file, field: 'sheet', value: book.SheetNames.join(', '), expected: `a sheet ${String(sheet)}` });
    return [];
  }
  const grid: unknown[][] = XLSX.utils.sheet_to_json(book.Sheets[name], { header: 1, raw: true, defval: '', blankrows: true });
  return grid
    .map((cells, i) => ({ line: i + 1, cells: cells.map(cellText) }))
    .filter((row) => row.cells.some((c) => c !== ''));
}

/** The rows of a file, or null when it cannot be read as a table at all (a problem says why). */
function readRows(path: string, file: string, ext: string, options: ReadOptions, problems: Problems): RawRow[] | null {
  if (statSync(path).isDirectory()) {
    problems.add({ file, value: path, expected: 'a file, but this path is a folder: remove or rename the folder and put the release file there' });
    return null;
  }
  if (ext === '.xlsx') return readXlsx(path, file, options.sheet, problems);
  const text = decodeUtf8(readFileSync(path), file, problems);
  if (text === null) return null;
  return ext === '.csv' ? readCsv(text, file, problems) : readTsv(text);
}

/**
 * Rows that cannot be whole: a field count unlike the header's (a row cut short, most often the last one of a
 * truncated file) in a text file, or a cell longer than MAX_FIELD_CHARS. Each is a problem and is left out.
 */
function keepWholeRows(rows: RawRow[], header: RawRow, file: string, textFile: boolean, problems: Problems): RawRow[] {
  return rows.filter((row) => {
    if (textFile && row.cells.length !== header.cells.length) {
      const cut = row.cells.length < header.cells.length ? ', so the row (or the file) looks cut off' : '';
      problems.add({ file, line: row.line, field: 'fields', value: String(row.cells.length), expected: `${header.cells.length} fields like the header on line ${header.line}${cut}` });
      return false;
    }
    const long = row.cells.findIndex((cell) => cell.length > MAX_FIELD_CHARS);
    if (long < 0) return true;
    const field = header.cells[long] ?? `field ${long + 1}`;
    problems.add({ file, line: row.line, field, value: `${row.cells[long].length.toLocaleString('en-US')} characters`, expected: `at most ${MAX_FIELD_CHARS.toLocaleString('en-US')} characters in a field` });
    return false;
  });
}

/** Reads a TSV/TXT, CSV or XLSX release file into a header and text rows; read errors become problems. */
export function readTable(path: string, problems: Problems, options: ReadOptions = {}): RawTable {
  const file = options.displayName ?? basename(path);
  const ext = (options.extension ?? extname(path)).toLowerCase();
  const rows = readRows(path, file, ext, options, problems);
  if (rows === null) return { file, header: [], headerLine: 1, rows: [] };
  const headerAt = options.headerHas
    ? rows.findIndex((r) => r.cells.some((c) => normalizeHeader(c) === normalizeHeader(options.headerHas!)))
    : 0;
  if (headerAt < 0 || rows.length === 0) {
    problems.add({ file, line: 1, expected: `a header row${options.headerHas ? ` with "${options.headerHas}"` : ''}` });
    return { file, header: [], headerLine: 1, rows: [] };
  }
  const header = rows[headerAt];
  const data = keepWholeRows(rows.slice(headerAt + 1), header, file, ext !== '.xlsx', problems);
  return { file, header: header.cells, headerLine: header.line, rows: data };
}

/** Header names compare without case, footnote markers like `[1]`, dash style or runs of white space. */
export function normalizeHeader(name: string): string {
  return name
    .replace(/\[\d+\]/g, '')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
