import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { SLUG_PATTERN, slugKey } from '../db/schema/content.ts';
import { ONET_SOC_PATTERN } from '../db/schema/occupations.ts';
import type { Problem } from '../lib/problems.ts';
import {
  companySchema, highDemandSchema, manualCrosswalkSchema, overrideSchema, programSchema, roleSchema,
  type CompanyFile, type HighDemandFile, type ManualCrosswalkFile, type OverrideFile, type ProgramFile, type RoleFile,
} from './content-schemas.ts';
import { checkAgainstSchema, stringAt } from './locate-issues.ts';
import { readMarkdownFile, readYamlFile, type ContentFile, type ReadResult } from './read-content-file.ts';

/** Reads every editor file under the content folder and checks each on its own (shape, slug); cross-file checks come later. */

/**
 * A file that parsed as YAML; `value` is null when it does not fit its schema (cross-file checks still read `content.data`).
 * `slug` is the file name's `slugKey`.
 */
export type Entry<T> = { slug: string; content: ContentFile; value: T | null };

export type LoadedContent = {
  companies: Entry<CompanyFile>[];
  roles: Entry<RoleFile>[];
  highDemand: Entry<HighDemandFile> | null;
  programs: Entry<ProgramFile>[];
  /** Slug: the O*NET-SOC code or role slug the file name gives. */
  overrides: Entry<OverrideFile>[];
  /** `crosswalk/manual.yaml`, the editors' CIP ↔ SOC mappings. */
  crosswalk: Entry<ManualCrosswalkFile> | null;
};

/** Where the manual crosswalk lives in the content folder. */
export const MANUAL_CROSSWALK = 'crosswalk/manual.yaml';

/** What a file name must look like: `test`, and the "expected …" when it does not. */
type Naming = { test: (name: string) => boolean; expected: string };

type Kind<T> = { folder: string; noun: string; naming: Naming; extensions: string[]; read: (path: string, file: string) => ReadResult; schema: z.ZodType<T> };

const slugNaming = (example: string, why: string): Naming => ({
  test: (name) => SLUG_PATTERN.test(name),
  expected: `a lowercase kebab-case slug like ${example} (${why})`,
});

const YAML = ['.yaml', '.yml'];
const COMPANIES: Kind<CompanyFile> = { folder: 'companies', noun: 'company', naming: slugNaming('baycare', 'it becomes the page URL'), extensions: YAML, read: readYamlFile, schema: companySchema };
const ROLES: Kind<RoleFile> = { folder: 'roles', noun: 'role', naming: slugNaming('surgical-technologist-baycare', 'it becomes the page URL'), extensions: ['.md'], read: readMarkdownFile, schema: roleSchema };
const PROGRAMS: Kind<ProgramFile> = {
  folder: 'programs', noun: 'program', naming: slugNaming('hcc-building-construction-technology', 'a new program gets it as its page URL'), extensions: YAML, read: readYamlFile, schema: programSchema,
};
// An override is named after what it changes, so its name is an O*NET-SOC code or a role's slug.
const OVERRIDES: Kind<OverrideFile> = {
  folder: 'overrides',
  noun: 'override',
  naming: { test: (name) => ONET_SOC_PATTERN.test(name) || SLUG_PATTERN.test(name), expected: 'an O*NET-SOC code like 11-9021.00 or the slug of a role file' },
  extensions: YAML,
  read: readYamlFile,
  schema: overrideSchema,
};

/** Repository-relative paths in problems read the same on every machine. */
export function displayPath(repoRoot: string, path: string): string {
  return relative(repoRoot, path).split(sep).join('/');
}

function loadFolder<T>(contentDir: string, repoRoot: string, kind: Kind<T>, problems: Problem[]): Entry<T>[] {
  const dir = join(contentDir, kind.folder);
  // A linked folder or file is refused by findSymlinks (validate-content.ts) and never read.
  if (!existsSync(dir) || lstatSync(dir).isSymbolicLink()) return [];
  const entries: Entry<T>[] = [];
  // Slugs become URLs, and URLs are case-insensitive to readers: `Nurse.md` and `nurse.md` would collide.
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).filter((n) => !n.startsWith('.')).sort()) {
    const path = join(dir, name);
    if (lstatSync(path).isSymbolicLink()) continue;
    const file = displayPath(repoRoot, path);
    const extension = extname(name);
    if (!kind.extensions.includes(extension.toLowerCase())) {
      problems.push({ file, field: 'file name', value: name, expected: `a ${kind.noun} file ending in ${kind.extensions.join(' or ')}` });
      continue;
    }
    const slug = name.slice(0, -extension.length);
    if (!kind.naming.test(slug)) problems.push({ file, field: 'file name', value: slug, expected: kind.naming.expected });
    const key = slugKey(slug);
    const first = seen.get(key);
    if (first) problems.push({ file, field: 'slug', value: slug, expected: `a slug no other ${kind.noun} uses; ${first} has it too` });
    else seen.set(key, file);
    const read = kind.read(path, file);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const value = checkAgainstSchema(read.content, kind.schema, problems) ?? null;
    if (!first) entries.push({ slug: key, content: read.content, value });
  }
  return entries;
}

/** Company names by slug, read leniently (a company file with another mistake still gives its name); a slug no file has stands for itself. */
export function readCompanyNames(loaded: LoadedContent): (slug: string) => string {
  const names = new Map(loaded.companies.map((c) => [c.slug, stringAt(c.content.data, 'name') ?? c.slug]));
  return (slug) => names.get(slugKey(slug)) ?? slug;
}

/** One YAML file of the content folder (the high-demand list, the manual crosswalk); null when absent. */
export function loadSingleFile<T>(contentDir: string, repoRoot: string, name: string, schema: z.ZodType<T>, problems: Problem[]): Entry<T> | null {
  const path = join(contentDir, name);
  // A linked file is refused by findSymlinks (validate-content.ts) and never read.
  if (!existsSync(path) || lstatSync(path).isSymbolicLink()) return null;
  const read = readYamlFile(path, displayPath(repoRoot, path));
  if (!read.ok) {
    problems.push(...read.problems);
    return null;
  }
  return { slug: name.replace(/\.ya?ml$/, ''), content: read.content, value: checkAgainstSchema(read.content, schema, problems) ?? null };
}

/** Companies, roles, programs, overrides, the curated high-demand list and the manual crosswalk, each file valid on its own; problems for the rest. */
export function loadContent(contentDir: string, repoRoot: string, problems: Problem[]): LoadedContent {
  const companies = loadFolder(contentDir, repoRoot, COMPANIES, problems);
  const roles = loadFolder(contentDir, repoRoot, ROLES, problems);
  const highDemand = loadSingleFile(contentDir, repoRoot, 'high-demand.yaml', highDemandSchema, problems);
  const programs = loadFolder(contentDir, repoRoot, PROGRAMS, problems);
  const overrides = loadFolder(contentDir, repoRoot, OVERRIDES, problems);
  const crosswalk = loadSingleFile(contentDir, repoRoot, MANUAL_CROSSWALK, manualCrosswalkSchema, problems);
  return { companies, roles, highDemand, programs, overrides, crosswalk };
}
