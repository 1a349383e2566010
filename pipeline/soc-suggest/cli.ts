import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { searchIndexFile } from '../constants.ts';
import { stringAt } from '../content/locate-issues.ts';
import { slugKey } from '../db/schema/content.ts';
import { ONET_SOC_PATTERN } from '../db/schema/occupations.ts';
import { createModelClient, ModelAuthError, readModelSettings } from '../lib/model-client.ts';
import { resolvePaths } from '../paths.ts';
import { MissingCatalogError, withCatalog } from '../db/occupation-records.ts';
import { readRoles, withSocCode, type SuggestableRole } from './role-files.ts';
import { loadSocIndex, rankOccupations, readSocIndex, type RankedOccupation, type SocIndex } from '../lib/soc-index.ts';
import { suggestOccupation, type Suggestion } from './suggest-occupation.ts';

/**
 * `npm run soc:suggest -- [--dry-run] [--force] [--role <slug>]` fills `soc_code` in role files that
 * lack one (every role with --force); `--title "<title>" [--description "<text>"] --json` and
 * `--titles <file>` print the ranker's candidates. Only the role mode asks the model (when
 * OPENAI_API_KEY is set); the candidate listings are the local ranker's, deterministic.
 */

export type Output = { log: (line: string) => void; error: (line: string) => void };

const USAGE = `Usage:
  npm run soc:suggest -- [--dry-run] [--force] [--role <slug>]...   fill soc_code in role files
  npm run soc:suggest -- --title "<title>" [--description "<text>"] [--json] [--count N]
  npm run soc:suggest -- --titles <file> [--count N]                 one JSON array per line`;

const candidatesJson = (ranked: RankedOccupation[]) => JSON.stringify(ranked.map(({ code, title, score }) => ({ code, title, score })));

function describe({ context }: SuggestableRole, s: Suggestion): string {
  const alternatives = s.candidates.filter((c) => c.code !== s.code).slice(0, 2).map((c) => `${c.code} ${c.title}`).join('; ');
  const by = s.chosenBy === 'model' ? ', chosen by the model' : '';
  const note = s.note ? `\n    note: ${s.note}` : '';
  return `${context.title} → ${s.code} ${s.title} (confidence ${s.confidence}${by})\n    alternatives: ${alternatives}${note}`;
}

async function fillRoles(index: SocIndex, options: { dryRun: boolean; force: boolean; slugs: string[] }, env: NodeJS.ProcessEnv, out: Output): Promise<number> {
  const { contentDir } = resolvePaths(env);
  const { roles, skipped } = readRoles(contentDir, resolve('.'));
  for (const file of skipped) out.error(`! ${file}: skipped (no readable front matter with a title; run \`npm run check\`)`);
  const unknown = options.slugs.filter((slug) => !roles.some((r) => r.role.slug === slugKey(slug)));
  if (unknown.length) {
    out.error(`✗ No role file for: ${unknown.join(', ')} (in ${relative('.', contentDir)}/roles/)`);
    return 2;
  }
  const chosen = roles.filter((r) => !options.slugs.length || options.slugs.some((slug) => slugKey(slug) === r.role.slug));
  const socCode = (r: SuggestableRole) => stringAt(r.role.content.data, 'soc_code');
  const todo = chosen.filter((r) => options.force || !ONET_SOC_PATTERN.test(socCode(r) ?? ''));
  for (const r of chosen.filter((r) => !todo.includes(r))) out.log(`· ${r.role.slug}: has soc_code ${socCode(r)} (use --force to suggest again)`);

  const settings = readModelSettings(env);
  const model = settings ? createModelClient(settings) : undefined;
  out.log(model ? `Model: ${settings!.model}${settings!.baseURL ? ` at ${settings!.baseURL}` : ''}, choosing among the ranker's candidates` : 'Local ranker only (set OPENAI_API_KEY to let a model choose among its candidates)');
  // Every suggestion first, then the writes: a refused key part-way leaves no file half done.
  const suggestions: [SuggestableRole, Suggestion][] = [];
  for (const role of todo) suggestions.push([role, await suggestOccupation(index, role.context, model)]);

  let changed = 0;
  for (const [role, suggestion] of suggestions) {
    out.log(describe(role, suggestion));
    const { before, after } = withSocCode(role.path, suggestion.code);
    if (after === before) continue;
    changed++;
    if (!options.dryRun) writeFileSync(role.path, after);
  }
  const verb = options.dryRun ? 'would change' : 'changed';
  out.log(`${options.dryRun ? '(dry run) ' : ''}${todo.length} role${todo.length === 1 ? '' : 's'} suggested, ${verb} ${changed} file${changed === 1 ? '' : 's'}`);
  return 0;
}

/** Runs the command; returns the exit code (0 done, 1 catalog or model key problem, 2 usage). */
export async function runSocSuggest(argv: string[], env: NodeJS.ProcessEnv = process.env, out: Output = { log: console.log, error: console.error }): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        role: { type: 'string', multiple: true, default: [] },
        title: { type: 'string' },
        description: { type: 'string' },
        titles: { type: 'string' },
        json: { type: 'boolean', default: false },
        count: { type: 'string', default: '5' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    out.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const count = Number(values.count);
  if (values.help || !Number.isInteger(count) || count < 1) {
    (values.help ? out.log : out.error)(USAGE);
    return values.help ? 0 : 2;
  }
  let index: SocIndex;
  try {
    // The search index the pipeline wrote beside the catalog is the one the site serves: same data, same answers.
    const catalog = resolvePaths(env).catalogPath;
    index = readSocIndex(join(dirname(catalog), searchIndexFile)) ?? withCatalog(catalog, loadSocIndex);
  } catch (error) {
    if (!(error instanceof MissingCatalogError)) throw error;
    out.error(`✗ ${error.message}`);
    return 1;
  }
  if (values.title !== undefined) {
    const ranked = rankOccupations(index, { title: values.title, description: values.description }, count);
    if (values.json) out.log(candidatesJson(ranked));
    else for (const r of ranked) out.log(`${r.code}  ${r.score.toFixed(3)}  ${r.title}`);
    return 0;
  }
  if (values.titles !== undefined) {
    const lines = readFileSync(values.titles, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    for (const line of lines) out.log(candidatesJson(rankOccupations(index, line, count)));
    return 0;
  }
  try {
    return await fillRoles(index, { dryRun: values['dry-run'], force: values.force, slugs: values.role }, env, out);
  } catch (error) {
    if (!(error instanceof ModelAuthError)) throw error;
    out.error(`✗ ${error.message} No role file was changed.`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = await runSocSuggest(process.argv.slice(2));
