import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { slugKey, type companies, type highDemand, type roles } from '../db/schema/content.ts';
import { CIP_PATTERN } from '../db/schema/education.ts';
import { ONET_SOC_PATTERN, SOC_PATTERN, socCodeOf } from '../db/schema/occupations.ts';
import type { Problem } from '../lib/problems.ts';
import { resolvePaths, type AtlasPaths } from '../paths.ts';
import { checkOverrideOwners } from './override-owners.ts';
import type { SocIndex } from '../lib/soc-index.ts';
import { closestOccupations, describeOccupations, titleOnlySocIndex, type ClosestOccupations, type Occupation } from './closest-occupations.ts';
import { LOGO_PATTERN, type OverrideFile } from './content-schemas.ts';
import { findUnsafeSvgs } from './check-svg.ts';
import type { EducationLookup } from './education-lookup.ts';
import { findSymlinks } from './find-symlinks.ts';
import { displayPath, loadContent, type Entry, type LoadedContent } from './load-content.ts';
import { isExpired, resolveToday, type ExpiredRole } from './expired-roles.ts';
import { describePath, stringAt, valueAt } from './locate-issues.ts';
import type { ContentFile } from './read-content-file.ts';
import { renderMarkdown } from './render-markdown.ts';
import { suggestName } from './similar-text.ts';
import { checkPrograms, programChanges, type ProgramChanges } from './validate-programs.ts';

/**
 * Validates the content folder as a whole against the catalog: every reference resolves (company,
 * occupation, logo file, IPEDS program, institution, CIP code, override owner), then turns the files
 * into catalog rows. Rows are only meaningful when `problems` is empty; the caller fails the build otherwise.
 */

export type ContentOptions = {
  /** The `editions/<edition>/content/` folder (or a test fixture). */
  contentDir: string;
  /** File paths in problems are shown relative to this folder. */
  repoRoot: string;
  /** Where company logos live (`/logos/x.svg` → `<publicDir>/logos/x.svg`). */
  publicDir: string;
  /** Every O*NET-SOC occupation, code and title. */
  occupations: readonly Occupation[];
  /**
   * The SOC ranker's index, for the closest occupations to an unknown code; called only when a file
   * names one, and at most once. Without it, an index of the occupation titles alone.
   */
  socIndex?: () => SocIndex;
  /** The IPEDS programs, institutions and CIP codes program files refer to. */
  education: EducationLookup;
  /** The build's day, `YYYY-MM-DD`: roles whose `valid_through` is before it are left out. Default: `resolveToday()`. */
  today?: string;
};

export type ContentRows = {
  companies: (typeof companies.$inferInsert)[];
  roles: (typeof roles.$inferInsert)[];
  /** The curated list; rows with basis `projections` are computed from the catalog separately. */
  curated: (typeof highDemand.$inferInsert)[];
  /** Corrections of IPEDS programs and programs editors add. */
  programs: ProgramChanges;
  /** Override files by the occupation code or role slug they name; merged with the O*NET defaults by the import step. */
  overrides: Map<string, OverrideFile>;
  /** Valid roles left out because their posting closed before `today`: a warning, not a problem. */
  expired: ExpiredRole[];
};

/** Options for the edition's content folder (`pipeline/paths.ts`); shown paths are relative to the working directory. */
export function resolveContentOptions(occupations: readonly Occupation[], education: EducationLookup, { contentDir }: AtlasPaths = resolvePaths()): ContentOptions {
  return { contentDir, repoRoot: resolve('.'), publicDir: resolve('public'), occupations, education };
}

const UNKNOWN_OCCUPATION = 'an O*NET-SOC code of an occupation';

function closestHint(query: { title: string; description?: string; code: string }, closest: ClosestOccupations): string {
  return `${UNKNOWN_OCCUPATION}; closest: ${describeOccupations(closest(query))}`;
}

function checkLogos(loaded: LoadedContent, { publicDir, repoRoot }: ContentOptions, problems: Problem[]): void {
  const shown = displayPath(repoRoot, publicDir);
  for (const { content } of loaded.companies) {
    const logo = stringAt(content.data, 'logo');
    if (logo && LOGO_PATTERN.test(logo) && !existsSync(join(publicDir, logo))) {
      problems.push({ file: content.file, line: content.lineOf(['logo']), field: 'logo', value: logo, expected: `a file that exists: ${shown}${logo} is missing (or leave logo out for a lettered placeholder)` });
    }
  }
}

function checkRoles(loaded: LoadedContent, companiesFolder: string, occupations: readonly Occupation[], closest: ClosestOccupations, problems: Problem[]): void {
  const companySlugs = loaded.companies.map((c) => c.slug);
  const known = new Set(companySlugs);
  const codes = new Set(occupations.map((o) => o.code));
  for (const { content } of loaded.roles) {
    const company = stringAt(content.data, 'company');
    if (company && !known.has(slugKey(company))) {
      const guess = suggestName(company, companySlugs);
      const hint = guess ? `did you mean "${guess}"?` : `known: ${companySlugs.join(', ') || 'none yet'}`;
      problems.push({ file: content.file, line: content.lineOf(['company']), field: 'company', value: company, expected: `the slug of a company file in ${companiesFolder}/ (${hint})` });
    }
    const code = stringAt(content.data, 'soc_code');
    if (code && ONET_SOC_PATTERN.test(code) && !codes.has(code)) {
      const title = stringAt(content.data, 'title') ?? '';
      problems.push({ file: content.file, line: content.lineOf(['soc_code']), field: 'soc_code', value: code, expected: closestHint({ title, description: content.body, code }, closest) });
    }
    if (!content.body.trim()) {
      problems.push({ file: content.file, field: 'description', value: '', expected: 'a Markdown description of the role below the closing `---` line' });
    }
  }
}

function checkHighDemand(loaded: LoadedContent, occupations: readonly Occupation[], closest: ClosestOccupations, problems: Problem[]): void {
  if (!loaded.highDemand) return;
  const { content } = loaded.highDemand;
  const entries = (content.data as { occupations?: unknown } | null)?.occupations;
  if (!Array.isArray(entries)) return;
  const codes = new Set(occupations.map((o) => o.code));
  const listed = new Map<string, number>();
  entries.forEach((entry, i) => {
    const code = stringAt(entry, 'code');
    if (!code || !ONET_SOC_PATTERN.test(code)) return;
    const line = content.lineOf(['occupations', i, 'code']);
    const field = describePath(['occupations', i, 'code']);
    // There is no title here; the note usually names the occupation, so it stands in for one.
    if (!codes.has(code)) problems.push({ file: content.file, line, field, value: code, expected: closestHint({ title: stringAt(entry, 'note') ?? '', code }, closest) });
    const first = listed.get(code);
    if (first !== undefined) problems.push({ file: content.file, line, field, value: code, expected: `each occupation listed once; it is already listed on line ${first}` });
    else listed.set(code, line);
  });
}

/** Every mapping names a CIP code of CIP 2020 and the SOC code of an O*NET occupation. */
function checkCrosswalk(loaded: LoadedContent, occupations: readonly Occupation[], education: EducationLookup, problems: Problem[]): void {
  if (!loaded.crosswalk) return;
  const { content } = loaded.crosswalk;
  const mappings = valueAt(content.data, ['mappings']);
  if (!Array.isArray(mappings)) return;
  const socCodes = new Set(occupations.map((o) => socCodeOf(o.code)));
  mappings.forEach((mapping, i) => {
    const cip = stringAt(mapping, 'cip_code');
    const soc = stringAt(mapping, 'soc_code');
    const at = (key: string) => ({ file: content.file, line: content.lineOf(['mappings', i, key]), field: describePath(['mappings', i, key]) });
    if (cip && CIP_PATTERN.test(cip) && !education.cipCodes.has(cip)) problems.push({ ...at('cip_code'), value: cip, expected: 'a CIP code listed in CIPCode2020' });
    if (soc && SOC_PATTERN.test(soc) && !socCodes.has(soc)) problems.push({ ...at('soc_code'), value: soc, expected: 'the SOC code of an O*NET occupation' });
  });
}

function valid<T>(entries: Entry<T>[]): { slug: string; content: ContentFile; value: T }[] {
  return entries.flatMap((e) => (e.value === null ? [] : [{ ...e, value: e.value }]));
}

/**
 * Markdown's parser recurses into nested quotes and lists; a body nested thousands deep (even a short one)
 * exhausts the stack. That is the editor's to fix, so it is a located problem, not a crash.
 */
function renderDescription(content: ContentFile, problems: Problem[]): string {
  try {
    return renderMarkdown(content.body);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    problems.push({ file: content.file, field: 'description', expected: 'Markdown nested less deeply (quotes or lists inside each other thousands of times)' });
    return '';
  }
}

function toRows(loaded: LoadedContent, today: string, problems: Problem[]): ContentRows {
  const roles = valid(loaded.roles);
  const expired = roles.filter((r) => isExpired(r.value.valid_through, today));
  return {
    companies: valid(loaded.companies).map(({ slug, value: c }) => ({
      slug, name: c.name, logo: c.logo ?? null, website: c.website ?? null, trustedPartner: c.trusted_partner, description: c.description ?? null,
    })),
    roles: roles.filter((r) => !expired.includes(r)).map(({ slug, content, value: r }) => ({
      slug,
      title: r.title,
      companySlug: r.company,
      occupationCode: r.soc_code,
      socCode: socCodeOf(r.soc_code),
      category: r.category,
      employmentType: r.employment_type,
      workLocationType: r.work_location_type,
      city: r.city,
      state: r.state,
      salaryMin: r.salary_min ?? null,
      salaryMax: r.salary_max ?? null,
      proficiency: r.proficiency,
      applicationUrl: r.application_url,
      skills: r.skills,
      summary: r.summary,
      descriptionHtml: renderDescription(content, problems),
      datePosted: r.date_posted,
      validThrough: r.valid_through ?? null,
      isExample: r.example ?? false,
    })),
    curated: (loaded.highDemand?.value?.occupations ?? []).map(({ code, note }) => ({ occupationCode: code, basis: 'curated' as const, note })),
    programs: programChanges(valid(loaded.programs)),
    overrides: new Map(valid(loaded.overrides).map(({ slug, value }) => [slug, value])),
    expired: expired.map(({ slug, content, value: r }) => ({ slug, file: content.file, title: r.title, occupationCode: r.soc_code, validThrough: r.valid_through! })),
  };
}

/** Every file checked on its own and against the others and the occupation list; rows for the catalog. */
export function validateContent(options: ContentOptions): { rows: ContentRows; problems: Problem[] } {
  const problems: Problem[] = [];
  problems.push(...findSymlinks(options.contentDir, options.repoRoot), ...findSymlinks(options.publicDir, options.repoRoot));
  problems.push(...findUnsafeSvgs(options.publicDir, options.repoRoot));
  const loaded = loadContent(options.contentDir, options.repoRoot, problems);
  const folder = (name: string) => displayPath(options.repoRoot, join(options.contentDir, name));
  const closest = closestOccupations(options.socIndex ?? (() => titleOnlySocIndex(options.occupations)));
  checkLogos(loaded, options, problems);
  checkRoles(loaded, folder('companies'), options.occupations, closest, problems);
  checkHighDemand(loaded, options.occupations, closest, problems);
  checkPrograms(loaded.programs, options.education, problems);
  checkCrosswalk(loaded, options.occupations, options.education, problems);
  checkOverrideOwners(loaded.overrides, options.occupations, closest, loaded.roles.map((r) => r.slug), folder('roles'), problems);
  const rows = toRows(loaded, options.today ?? resolveToday(), problems);
  // Editors fix files one at a time, so problems are listed by file, then line (code-unit order, the same on every machine).
  problems.sort((a, b) => (a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1));
  return { rows, problems };
}
