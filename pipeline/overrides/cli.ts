import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { closestOccupations } from '../content/closest-occupations.ts';
import { createCatalogOrm, type CatalogOrm } from '../db/catalog-db.ts';
import { readOccupationList } from '../db/occupation-list.ts';
import { displayPath, loadContent, readCompanyNames, type LoadedContent } from '../content/load-content.ts';
import { stringAt } from '../content/locate-issues.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';
import { resolvePaths } from '../paths.ts';
import { loadSocIndex } from '../lib/soc-index.ts';
import { emptyLists, readOnetDefaults } from './defaults.ts';
import { renderDiff } from './diff.ts';
import type { OverrideRole } from '../content/override-owners.ts';
import { effectiveLists, ownerId, type OverridesById } from './merge.ts';
import { resolveOwner, unknownOwnerHint } from '../content/override-owners.ts';

/**
 * `npm run overrides -- diff <id>`: what the override files change for an occupation or role,
 * compared with the O*NET defaults. The defaults come from the last built catalog and the override
 * files from the content folder, so an edit shows at once, without rebuilding.
 */

export const HELP = `Usage: npm run overrides -- diff <O*NET-SOC code | role slug>

Prints how the responsibilities, tasks and tools an occupation or role page shows differ from
the O*NET defaults: "-" for a default item no longer shown, "+" for an item the overrides add.
A role starts from its occupation's lists, that occupation's override included.

Override files: editions/<edition>/content/overrides/<O*NET-SOC code | role slug>.yaml (shape: editions/_shared/schemas/override.schema.json).
Delete a file to restore the default. Its history: git log editions/<edition>/content/overrides/<id>.yaml
The edition is the one ATLAS_EDITION names (default tampa-bay).

Examples:
  npm run overrides -- diff 11-9021.00
  npm run overrides -- diff mechanical-project-manager-power-design`;

type Output = { out: (line: string) => void; err: (line: string) => void };

/** Roles as the override files see them, read leniently: a role file with another mistake still names its occupation. */
function readRoles(loaded: LoadedContent): OverrideRole[] {
  const companyName = readCompanyNames(loaded);
  return loaded.roles.map(({ slug, content: { data } }) => ({
    slug, title: stringAt(data, 'title') ?? slug, occupationCode: stringAt(data, 'soc_code') ?? '', companyName: companyName(stringAt(data, 'company') ?? ''),
  }));
}

function diff(orm: CatalogOrm, id: string, env: NodeJS.ProcessEnv, { out, err }: Output): number {
  const occupations = readOccupationList(orm);
  const { contentDir, edition } = resolvePaths(env);
  const repoRoot = resolve('.');
  const problems: Problem[] = [];
  const loaded = loadContent(contentDir, repoRoot, problems);
  const roles = readRoles(loaded);
  const owner = resolveOwner(id, occupations, roles);
  if (!owner) {
    const rolesFolder = displayPath(repoRoot, join(contentDir, 'roles'));
    err(`✗ Unknown id "${id}": expected ${unknownOwnerHint(id, closestOccupations(() => loadSocIndex(orm.$client)), roles.map((r) => r.slug), rolesFolder)}`);
    return 1;
  }

  const code = owner.kind === 'occupation' ? owner.occupation.code : owner.role.occupationCode;
  const applying = loaded.overrides.filter((e) => e.slug === code || e.slug === ownerId(owner));
  const files = applying.map((e) => e.content.file);
  // Only the files this diff reads matter; `npm run check` reports the rest.
  const blocking = problems.filter((p) => files.includes(p.file));
  if (blocking.length) {
    for (const problem of blocking) err(formatProblem(problem));
    err(`\n✗ Fix the override file${files.length === 1 ? '' : 's'} above first.`);
    return 1;
  }
  const overrides: OverridesById = new Map(applying.flatMap((e) => (e.value ? [[e.slug, e.value] as const] : [])));
  const defaults = readOnetDefaults(orm, code);
  const effective = effectiveLists(owner, defaults, overrides, edition.region.name);
  const title = occupations.find((o) => o.code === code)?.title ?? '(not in the catalog)';
  for (const line of renderDiff(owner, title, defaults.get(code) ?? emptyLists(), effective, files)) out(line);
  if (files.length) out('');
  for (const file of files) out(`History: git log ${file}`);
  return 0;
}

/** Runs the command in `args` (as after `npm run overrides --`); returns the exit code. */
export function runOverridesCli(args: readonly string[], env: NodeJS.ProcessEnv = process.env, output: Output = { out: console.log, err: console.error }): number {
  const [command, id, ...rest] = args;
  if (command === 'help' || command === '--help' || command === '-h') {
    output.out(HELP);
    return 0;
  }
  if (command !== 'diff' || !id || rest.length) {
    output.err(HELP);
    return 1;
  }
  const path = resolvePaths(env).catalogPath;
  if (!existsSync(path)) {
    output.err(`✗ No catalog at ${path}: the O*NET defaults are read from it. Build it once with \`npm run pipeline\`; override edits need no rebuild to show here.`);
    return 2;
  }
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return diff(createCatalogOrm(db), id, env, output);
  } finally {
    db.close();
  }
}

if (import.meta.main) process.exitCode = runOverridesCli(process.argv.slice(2));
