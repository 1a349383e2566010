import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'zod';
import { insertRows } from '../db/catalog-db.ts';
import { postedTitles } from '../db/schema/index.ts';
import { onetSocCode, optionalText, text } from '../lib/fields.ts';
import { readTable } from '../lib/read-table.ts';
import { parseTable } from '../lib/row-schema.ts';
import { readOccupationCodes, type StepContext, type StepResult } from './context.ts';

/** A posted title is a title, not a sentence: longer is a cell pasted in the wrong column. */
const MAX_TITLE_CHARS = 100;
const row = z.object({
  title: text().pipe(z.string().max(MAX_TITLE_CHARS, { error: `a job title of at most ${MAX_TITLE_CHARS} characters` })),
  code: onetSocCode(),
  note: optionalText(),
});

/**
 * Imports the job titles employers post (`data/titles/posted-titles.csv`: title, code, note), each
 * checked at the boundary: one row per title (in any case), and a code of one of the catalog's
 * O*NET occupations. Every problem is collected with its line; the run then stops.
 */
export function importPostedTitles(ctx: StepContext): StepResult {
  const path = ctx.postedTitlesPath;
  if (!path) return {};
  const displayName = relative(process.cwd(), path);
  if (!existsSync(path)) {
    ctx.problems.add({ file: displayName, expected: 'the job titles employers post (title,code,note), kept in the repository: restore it from Git' });
    return {};
  }
  const parsed = parseTable(readTable(path, ctx.problems, { displayName }), { title: 'title', code: 'code', note: 'note' }, row, ctx.problems);
  const known = readOccupationCodes(ctx);
  const seen = new Map<string, number>();
  const rows: (typeof postedTitles.$inferInsert)[] = [];
  for (const { line, value } of parsed.rows) {
    const key = value.title.toLowerCase();
    const first = seen.get(key);
    if (first) ctx.problems.add({ file: displayName, line, field: 'title', value: value.title, expected: `one row per title; line ${first} has it already` });
    else if (!known.has(value.code)) ctx.problems.add({ file: displayName, line, field: 'code', value: value.code, expected: 'the code of an O*NET occupation in this release (see occupation_data)' });
    else rows.push({ title: value.title, occupationCode: value.code });
    seen.set(key, first ?? line);
  }
  return { posted_titles: insertRows(ctx.db, postedTitles, rows) };
}
