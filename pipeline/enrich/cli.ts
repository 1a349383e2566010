import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { asc, eq } from 'drizzle-orm';
import { createCatalogOrm, type CatalogOrm } from '../db/catalog-db.ts';
import { roles as rolesTable, slugKey } from '../db/schema/content.ts';
import { ONET_SOC_PATTERN } from '../db/schema/occupations.ts';
import { createModelClient, ModelAnswerError, ModelAuthError, readModelSettings, type ModelClient } from '../lib/model-client.ts';
import { resolvePaths } from '../paths.ts';
import { MissingCatalogError, withCatalog } from '../db/occupation-records.ts';
import { cachePath, enrichOccupation, readOccupationInput, readRoleInput, UnknownTargetError, writeEnrichment, type EnrichmentInput } from './enrich-occupation.ts';

/**
 * `npm run enrich -- [--soc <code>]... [--role <slug>]... [--force]`: asks the model to refine the
 * named occupations (default: those the roles use) and caches each answer in `data/enrichment/`
 * (`$ATLAS_ENRICHMENT`). Cached entries are kept unless --force. Exit codes: 0 done, 1 some entry
 * failed or the key was refused, 2 usage or no model configured (then nothing is written).
 */

export type Output = { log: (line: string) => void; error: (line: string) => void };

const USAGE = 'Usage: npm run enrich -- [--soc <O*NET-SOC code>]... [--role <slug>]... [--force]';

const NO_KEY = `✗ npm run enrich needs a model: set OPENAI_API_KEY (optionally OPENAI_BASE_URL and ATLAS_OPENAI_MODEL) and run it again. Nothing was written.
  The build never calls the model; it reads the entries already cached in data/enrichment/.`;

/** What to enrich: the roles' own lists where they have overrides, else their occupations. */
function readInputs(orm: CatalogOrm, socs: string[], roles: string[], out: Output): EnrichmentInput[] {
  const used = () => orm.selectDistinct({ code: rolesTable.occupationCode }).from(rolesTable).orderBy(asc(rolesTable.occupationCode)).all().map((r) => r.code);
  const codes = socs.length || roles.length ? socs : used();
  const inputs: EnrichmentInput[] = [];
  for (const slug of roles) {
    const input = readRoleInput(orm, slug);
    if (input) inputs.push(input);
    else {
      // readRoleInput has found the role (it throws for an unknown slug).
      const { code } = orm.select({ code: rolesTable.occupationCode }).from(rolesTable).where(eq(rolesTable.slug, slug)).get()!;
      out.log(`· ${slug}: no overrides of its own; its occupation ${code} is enriched instead`);
      codes.push(code);
    }
  }
  for (const code of new Set(codes)) {
    const input = readOccupationInput(orm, code);
    if (!input) throw new UnknownTargetError(`${code} is not an occupation in the catalog`);
    inputs.push(input);
  }
  return inputs;
}

async function enrichAll(model: ModelClient, inputs: EnrichmentInput[], dir: string, edition: string, force: boolean, out: Output): Promise<number> {
  let failed = 0;
  for (const input of inputs) {
    const label = input.role ? `role ${input.role} (${input.code})` : `${input.code} ${input.title}`;
    if (!force && existsSync(cachePath(dir, edition, input))) {
      out.log(`· ${label}: cached (use --force to regenerate)`);
      continue;
    }
    try {
      const path = writeEnrichment(dir, edition, await enrichOccupation(model, input));
      out.log(`✓ ${label} → ${relative('.', path)}`);
    } catch (error) {
      if (!(error instanceof ModelAnswerError)) throw error;
      failed++;
      out.error(`✗ ${label}: ${error.message}; nothing cached`);
    }
  }
  return failed ? 1 : 0;
}

export async function runEnrich(argv: string[], env: NodeJS.ProcessEnv = process.env, out: Output = { log: console.log, error: console.error }): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { soc: { type: 'string', multiple: true, default: [] }, role: { type: 'string', multiple: true, default: [] }, force: { type: 'boolean', default: false } } }));
  } catch (error) {
    out.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const badCode = values.soc.find((code) => !ONET_SOC_PATTERN.test(code));
  if (badCode) {
    out.error(`✗ --soc ${badCode}: expected an O*NET-SOC code like 29-1141.00\n${USAGE}`);
    return 2;
  }
  const settings = readModelSettings(env);
  if (!settings) {
    out.error(NO_KEY);
    return 2;
  }
  const { enrichmentDir: dir, catalogPath, edition } = resolvePaths(env);
  try {
    const inputs = withCatalog(catalogPath, (db) => readInputs(createCatalogOrm(db), [...values.soc], values.role.map(slugKey), out));
    return await enrichAll(createModelClient(settings), inputs, dir, edition.id, values.force, out);
  } catch (error) {
    if (error instanceof UnknownTargetError) {
      out.error(`✗ ${error.message}`);
      return 2;
    }
    if (error instanceof ModelAuthError || error instanceof MissingCatalogError) {
      out.error(`✗ ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (import.meta.main) process.exitCode = await runEnrich(process.argv.slice(2));
