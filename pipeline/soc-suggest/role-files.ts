import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMarkdownFile, readYamlFile } from '../content/read-content-file.ts';

/**
 * Role files as `soc:suggest` needs them: what to ask about (title, company, description) and a
 * way to set `soc_code` that changes that one line and nothing else, so an editor's diff shows
 * only the code.
 */

export type RoleFile = {
  slug: string;
  path: string;
  title: string;
  company?: string;
  description: string;
  socCode?: string;
};

const field = (data: unknown, key: string) => {
  const value = (data as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

function companyName(contentDir: string, slug: string | undefined): string | undefined {
  if (!slug) return undefined;
  const path = join(contentDir, 'companies', `${slug}.yaml`);
  if (!existsSync(path)) return slug;
  const read = readYamlFile(path, path);
  return (read.ok && field(read.content.data, 'name')) || slug;
}

/** Every role under `<contentDir>/roles/` with a title; files that do not parse are left to `npm run check`. */
export function readRoleFiles(contentDir: string): { roles: RoleFile[]; unreadable: string[] } {
  const dir = join(contentDir, 'roles');
  const roles: RoleFile[] = [];
  const unreadable: string[] = [];
  if (!existsSync(dir)) return { roles, unreadable };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
    const path = join(dir, name);
    const read = readMarkdownFile(path, path);
    const title = read.ok ? field(read.content.data, 'title') : undefined;
    if (!read.ok || !title) {
      unreadable.push(path);
      continue;
    }
    const data = read.content.data;
    roles.push({ slug: name.slice(0, -3), path, title, company: companyName(contentDir, field(data, 'company')), description: read.content.body, socCode: field(data, 'soc_code') });
  }
  return { roles, unreadable };
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
export function withSocCode(role: RoleFile, code: string): { before: string; after: string } {
  const before = readFileSync(role.path, 'utf8');
  return { before, after: setSocCode(before, code) };
}
