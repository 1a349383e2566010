import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RoleFile } from '../content/content-schemas.ts';
import { displayPath, loadContent, readCompanyNames, type Entry } from '../content/load-content.ts';
import { stringAt } from '../content/locate-issues.ts';
import type { Problem } from '../lib/problems.ts';
import type { RoleContext } from './suggest-occupation.ts';

/**
 * Role files as `soc:suggest` needs them, read by the build's content loader (the same parsing and the same
 * slugs): what to ask about (title, company, description), and a way to set `soc_code` that changes that one
 * line and nothing else, so an editor's diff shows only the code.
 */

/** A role file that parsed and has a title, where it is, and what the ranker and the model read of it. */
export type SuggestableRole = { role: Entry<RoleFile>; path: string; context: RoleContext };

/** The roles with a title, and the role files skipped (as `repoRoot`-relative paths): those are left to `npm run check`. */
export function readRoles(contentDir: string, repoRoot: string): { roles: SuggestableRole[]; skipped: string[] } {
  const problems: Problem[] = [];
  const loaded = loadContent(contentDir, repoRoot, problems);
  const companyName = readCompanyNames(loaded);
  const roles = loaded.roles.flatMap((role) => {
    const { data, body, file } = role.content;
    const title = stringAt(data, 'title')?.trim();
    const company = stringAt(data, 'company');
    return title ? [{ role, path: resolve(repoRoot, file), context: { title, company: company && companyName(company), description: body } }] : [];
  });
  // A file refused whole (unreadable, misnamed, a second file with the same slug) has a problem but no entry.
  const folder = `${displayPath(repoRoot, join(contentDir, 'roles'))}/`;
  const kept = new Set(roles.map((r) => r.role.content.file));
  const files = [...problems.map((p) => p.file).filter((file) => file.startsWith(folder)), ...loaded.roles.map((r) => r.content.file)];
  return { roles, skipped: [...new Set(files)].filter((file) => !kept.has(file)).sort() };
}

/** The front matter's lines: from the line after the opening `---` to the closing one. */
function frontMatterLines(lines: string[]): { start: number; end: number } | null {
  if (!/^(?:\uFEFF)?---[ \t]*\r?$/.test(lines[0] ?? '')) return null;
  const end = lines.findIndex((line, i) => i > 0 && /^---[ \t]*\r?$/.test(line));
  return end > 0 ? { start: 1, end } : null;
}

/**
 * The file text with `soc_code: <code>`: the existing line replaced, or a new line after the title
 * (and its continuation lines, should the title span several). Line endings are kept as they are.
 */
export function setSocCode(text: string, code: string): string {
  const lines = text.split('\n');
  const range = frontMatterLines(lines);
  if (!range) throw new Error('expected YAML front matter between --- lines');
  const eol = (line: string) => (line.endsWith('\r') ? '\r' : '');
  const existing = lines.findIndex((line, i) => i >= range.start && i < range.end && /^soc_code\s*:/.test(line));
  if (existing >= 0) {
    lines[existing] = `soc_code: ${code}${eol(lines[existing])}`;
    return lines.join('\n');
  }
  const title = lines.findIndex((line, i) => i >= range.start && i < range.end && /^title\s*:/.test(line));
  let insertAt = title >= 0 ? title + 1 : range.end;
  while (title >= 0 && insertAt < range.end && /^[ \t]/.test(lines[insertAt])) insertAt++;
  lines.splice(insertAt, 0, `soc_code: ${code}${eol(lines[range.start])}`);
  return lines.join('\n');
}

/** The role file's text with the new code (for writing, or comparing in a dry run). */
export function withSocCode(path: string, code: string): { before: string; after: string } {
  const before = readFileSync(path, 'utf8');
  return { before, after: setSocCode(before, code) };
}
