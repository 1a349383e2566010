import { z } from 'zod';
import type { Problems } from './problems.ts';
import { normalizeHeader, type RawTable } from './read-table.ts';

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
};

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
  const result: ParsedTable<z.output<S>> = { file: table.file, read: table.rows.length, rows: [], rejected: 0, skipped: {} };
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
  for (const row of table.rows) {
    const raw: Record<string, string | undefined> = {};
    for (const [key, index] of columns) raw[key] = index === undefined ? undefined : (row.cells[index] ?? '').trim();
    const reason = options.skip?.(raw);
    if (reason) {
      result.skipped[reason] = (result.skipped[reason] ?? 0) + 1;
      continue;
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
