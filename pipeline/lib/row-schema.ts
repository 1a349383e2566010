import { z } from 'zod';
import type { Problems } from './problems.ts';
import { normalizeHeader, type RawRow, type RawTable } from './read-table.ts';

/** A column is found by any of its header names (publishers vary them between releases). */
type ColumnDef = { names: string[]; optional: boolean };
export type ColumnSpec = Record<string, string | string[] | ColumnDef>;

/** A column some variants of a file lack (e.g. O*NET's `Title`, absent from the text release). */
export function optional(...names: string[]): ColumnDef {
  return { names, optional: true };
}

function toDef(def: string | string[] | ColumnDef): ColumnDef {
  if (typeof def === 'string') return { names: [def], optional: false };
  if (Array.isArray(def)) return { names: def, optional: false };
  return def;
}

export type ParsedRow<V> = { line: number; value: V };
export type ParsedTable<V> = {
  file: string;
  /** The header row as written, and its line: what the manifest's required headers are checked against. */
  header: string[];
  headerLine: number;
  /** Data rows read from the file. */
  read: number;
  rows: ParsedRow<V>[];
  /** Rows that failed validation; each produced at least one problem. */
  rejected: number;
  /** Rows left out on purpose, counted by reason (e.g. `NO MATCH`, outside the region). */
  skipped: Record<string, number>;
};

export type ParseOptions = {
  /** A reason to leave a row out on purpose, or null to keep it; runs before validation. */
  skip?: (raw: Record<string, string | undefined>) => string | null;
  /**
   * Spec keys that identify a row (e.g. O*NET-SOC code and element). A second row with the same key is
   * skipped and counted when it repeats the first exactly, and is a problem naming both lines otherwise.
   */
  key?: string[];
};

/** Why a row was left out, as counted in `source_files.rows_skipped`. */
export const exactRepeat = 'exact repeat of an earlier row';

/** Row keys seen so far, with the first row that had each. */
type SeenKeys = Map<string, RawRow>;

const sameCells = (a: RawRow, b: RawRow) => a.cells.length === b.cells.length && a.cells.every((cell, i) => cell.trim() === b.cells[i].trim());

/** 'keep' for a new key, 'repeat' for an exact repeat, otherwise the line of the first row it conflicts with. */
function checkKey(seen: SeenKeys, key: string, row: RawRow): 'keep' | 'repeat' | number {
  const first = seen.get(key);
  if (!first) {
    seen.set(key, row);
    return 'keep';
  }
  return sameCells(first, row) ? 'repeat' : first.line;
}

/**
 * Maps columns by header name, validates each row with `schema` and collects located problems:
 * the one helper every release parser goes through.
 */
export function parseTable<S extends z.ZodType>(
  table: RawTable,
  spec: ColumnSpec,
  schema: S,
  problems: Problems,
  options: ParseOptions = {},
): ParsedTable<z.output<S>> {
  const result: ParsedTable<z.output<S>> = {
    file: table.file, header: table.header, headerLine: table.headerLine, read: table.rows.length, rows: [], rejected: 0, skipped: {},
  };
  // A file that could not be read as a table (a folder, not UTF-8, no header) already has its problem.
  if (table.header.length === 0) return result;
  const headerIndex = new Map(table.header.map((h, i) => [normalizeHeader(h), i] as const));
  const columns: [key: string, index: number | undefined, header: string][] = [];
  for (const [key, raw] of Object.entries(spec)) {
    const def = toDef(raw);
    const index = def.names.map((n) => headerIndex.get(normalizeHeader(n))).find((i) => i !== undefined);
    if (index === undefined && !def.optional) {
      problems.add({ file: table.file, line: table.headerLine, field: def.names[0], value: table.header.join(' | '), expected: `a column named ${def.names.map((n) => `"${n}"`).join(' or ')}` });
    }
    columns.push([key, index, index === undefined ? def.names[0] : table.header[index]]);
  }
  if (columns.some(([key, index]) => index === undefined && !toDef(spec[key]).optional)) {
    result.rejected = table.rows.length;
    return result;
  }
  const headerOf = new Map(columns.map(([key, , header]) => [key, header]));
  const seen: SeenKeys = new Map();
  for (const row of table.rows) {
    const raw: Record<string, string | undefined> = {};
    for (const [key, index] of columns) raw[key] = index === undefined ? undefined : (row.cells[index] ?? '').trim();
    const reason = options.skip?.(raw);
    if (reason) {
      result.skipped[reason] = (result.skipped[reason] ?? 0) + 1;
      continue;
    }
    if (options.key) {
      const key = options.key.map((k) => raw[k] ?? '').join(' | ');
      const found = checkKey(seen, key, row);
      if (found === 'repeat') {
        result.skipped[exactRepeat] = (result.skipped[exactRepeat] ?? 0) + 1;
        continue;
      }
      if (found !== 'keep') {
        result.rejected++;
        const field = options.key.map((k) => headerOf.get(k) ?? k).join(' + ');
        problems.add({ file: table.file, line: row.line, field, value: key, expected: `one row per ${field}; line ${found} has the same ${field} with different values` });
        continue;
      }
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      result.rows.push({ line: row.line, value: parsed.data });
      continue;
    }
    result.rejected++;
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      problems.add({ file: table.file, line: row.line, field: headerOf.get(key) ?? key, value: raw[key], expected: issue.message });
    }
  }
  return result;
}
