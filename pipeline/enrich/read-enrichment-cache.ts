import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Problem } from '../lib/problems.ts';
import { enrichmentSchema, type Enrichment } from './enrichment-schema.ts';

/**
 * Reads the enrichment cache (`<dir>/<code>.json`, and the edition's roles: `<dir>/roles/<edition>/<slug>.json`)
 * for the build: each file validated, a bad one reported as located problems and left out, never a network
 * call. Occupations are the same in every edition; a role belongs to one, so another edition never reads it.
 */

export type EnrichmentEntry = { file: string; enrichment: Enrichment };

/** Line of the first `"key":` of a JSON path's last key: close enough to point an editor at it. */
function lineOfKey(text: string, path: readonly PropertyKey[]): number | undefined {
  const key = [...path].reverse().find((k) => typeof k === 'string');
  if (key === undefined) return undefined;
  const at = text.indexOf(`"${String(key)}"`);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

const valueAt = (json: unknown, path: readonly PropertyKey[]) =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), json);

function lineOfOffset(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : undefined;
}

function readEntry(path: string, file: string, expectedId: { code?: string; role?: string }, problems: Problem[]): EnrichmentEntry | null {
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push({ file, line: lineOfOffset(text, (error as Error).message), expected: `valid JSON (${(error as Error).message})` });
    return null;
  }
  const parsed = enrichmentSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ file, line: lineOfKey(text, issue.path), field: issue.path.join('.') || undefined, value: valueAt(json, issue.path), expected: issue.message });
    }
    return null;
  }
  const { code, role } = parsed.data;
  if (expectedId.code !== undefined && code !== expectedId.code) problems.push({ file, field: 'code', value: code, expected: `${expectedId.code}, the code the file is named after` });
  else if (expectedId.code !== undefined && role !== undefined) problems.push({ file, field: 'role', value: role, expected: `no role in an occupation's file (a role's entry goes in roles/<edition>/${role}.json)` });
  else if (expectedId.role !== undefined && role !== expectedId.role) problems.push({ file, field: 'role', value: role, expected: `${expectedId.role}, the role the file is named after` });
  else return { file, enrichment: parsed.data };
  return null;
}

const jsonFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.json')).sort() : []);

/** Every valid cached enrichment under `dir` for the edition, and a problem for each file that is not. */
export function readEnrichmentCache(dir: string, edition: string, repoRoot = '.'): { entries: EnrichmentEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: EnrichmentEntry[] = [];
  const shown = (path: string) => relative(repoRoot, path).split(sep).join('/');
  for (const name of jsonFiles(dir)) {
    const entry = readEntry(join(dir, name), shown(join(dir, name)), { code: name.slice(0, -5) }, problems);
    if (entry) entries.push(entry);
  }
  const rolesDir = join(dir, 'roles', edition);
  for (const name of jsonFiles(rolesDir)) {
    const entry = readEntry(join(rolesDir, name), shown(join(rolesDir, name)), { role: name.slice(0, -5) }, problems);
    if (entry) entries.push(entry);
  }
  return { entries, problems };
}
