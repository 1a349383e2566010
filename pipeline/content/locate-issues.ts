import { z } from 'zod';
import type { Problem } from '../lib/problems.ts';
import type { ContentFile } from './read-content-file.ts';
import { suggestName } from './similar-text.ts';

/** Turns zod issues on a content file into problems pointing at the line of the offending key. */

/** `occupations[3].code`, the way an editor would point at it. */
export function describePath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p))).join('');
}

/** The value at `path` in a file's parsed data, or undefined where the path does not exist. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** A string field of a file's raw data, read even when the file failed its schema, so every problem shows in one run. */
export function stringAt(data: unknown, ...path: PropertyKey[]): string | undefined {
  const value = valueAt(data, path);
  return typeof value === 'string' ? value : undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

/** The keys the schema allows at `path`, for "did you mean …?" and for describing a missing mapping. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s = unwrap(schema);
  for (const key of path) {
    if (s instanceof z.ZodObject) s = unwrap(s.shape[key as string] as z.ZodType);
    else if (s instanceof z.ZodArray) s = unwrap(s.element as z.ZodType);
    else return [];
    if (!s) return [];
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}

function toProblems(content: ContentFile, schema: z.ZodType, issue: z.core.$ZodIssue): Problem[] {
  const { file, data, lineOf } = content;
  if (issue.code === 'unrecognized_keys') {
    const known = keysAt(schema, issue.path);
    return issue.keys.map((key) => {
      const guess = suggestName(key, known);
      const hint = guess ? `; did you mean "${guess}"?` : '';
      return { file, line: lineOf([...issue.path, key]), field: describePath([...issue.path, key]), expected: `no unknown keys${hint} (known keys: ${known.join(', ')})` };
    });
  }
  const field = issue.path.length ? describePath(issue.path) : undefined;
  // An empty file or a key with nothing after the colon reads as null; "got nothing" says it plainly.
  const value = valueAt(data, issue.path) ?? undefined;
  const expected = issue.code === 'invalid_type' && issue.expected === 'object'
    ? `\`key: value\` lines with the keys ${keysAt(schema, issue.path).join(', ')}`
    : issue.message;
  // A rule about the file as a whole (a refine at its root) has no one value to show.
  if (issue.code === 'custom' && !issue.path.length) return [{ file, line: lineOf(issue.path), expected }];
  return [{ file, line: lineOf(issue.path), field, value, expected }];
}

/** The file's data when it fits the schema; otherwise undefined, with every issue added to `problems`. */
export function checkAgainstSchema<S extends z.ZodType>(content: ContentFile, schema: S, problems: Problem[]): z.output<S> | undefined {
  const parsed = schema.safeParse(content.data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push(...toProblems(content, schema, issue));
  return undefined;
}
