/**
 * `npm run build`: the pipeline, `astro build` and Pagefind, published atomically. The site is built into a
 * staging folder beside `dist/` and swapped in only when every stage and the checks on it passed, so a
 * failure or a kill at any moment leaves the previous `dist/` whole and servable. A lock lets one build run
 * per output folder; a second stops at once, naming the running one. `-- --site-only` rebuilds the site
 * from the current catalog without running the pipeline.
 *
 * Paths come from `resolveBuildPaths` (ATLAS_DIST, ATLAS_CATALOG), so one edition's build can go to its own
 * folder: `ATLAS_DIST=dist/<edition> ATLAS_CATALOG=… npm run build`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { catalogPath } from '../pipeline/constants.ts';
import { findUnsafeSvgs } from '../pipeline/content/check-svg.ts';
import { findSymlinks } from '../pipeline/content/find-symlinks.ts';
import { formatProblem } from '../pipeline/lib/problems.ts';
import { acquireBuildLock, BuildLockedError } from './build/build-lock.ts';
import { checkWritable, publishStaging, recoverLeftovers, stagingDirFor } from './build/publish-site.ts';

export type BuildPaths = { distDir: string; catalogPath: string };

/** Where the site and the catalog go; the one place the build reads them from the environment. */
export function resolveBuildPaths(env: NodeJS.ProcessEnv = process.env): BuildPaths {
  return { distDir: resolve(env.ATLAS_DIST || 'dist'), catalogPath: resolve(env.ATLAS_CATALOG || catalogPath) };
}

type Stage = { name: string; args: string[]; env?: Record<string, string> };

function stages({ catalogPath }: BuildPaths, staging: string, siteOnly: boolean): Stage[] {
  const env = { ATLAS_CATALOG: catalogPath };
  const pipeline: Stage = { name: 'pipeline', args: ['--max-old-space-size=512', 'pipeline/run.ts', '--fetch-missing'], env };
  return [
    ...(siteOnly ? [] : [pipeline]),
    { name: 'astro', args: ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', staging], env },
    { name: 'pagefind', args: ['node_modules/pagefind/lib/runner/bin.cjs', '--site', staging], env: { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '3000' } },
  ];
}

/** Runs one stage with this Node (Node 24, from the npm script); resolves to an error message or null. */
function runStage(stage: Stage, log: (line: string) => void): Promise<string | null> {
  log(`▶ ${stage.name}`);
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, stage.args, { stdio: 'inherit', env: { ...process.env, ...stage.env } });
    child.on('error', (error) => done(`${stage.name} could not start: ${error.message}`));
    child.on('exit', (code, signal) => {
      if (code === 0) {
        log(`✓ ${stage.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        done(null);
      } else done(`${stage.name} failed (${signal ? `stopped by ${signal}` : `exit code ${code}`}); its messages are above`);
    });
  });
}

/** What a servable site must hold; each missing piece is a reason not to publish it. */
export function checkStagedSite(dir: string): string[] {
  const problems: string[] = [];
  for (const file of ['index.html', '404.html', 'embed.js', '_headers', 'pagefind/pagefind.js']) {
    if (!existsSync(join(dir, file))) problems.push(`${file} is missing from the built site`);
  }
  const headers = join(dir, '_headers');
  if (existsSync(headers) && readFileSync(headers, 'utf8').includes("'inline-script-hashes'")) {
    problems.push('_headers still holds its placeholder: the script hashes were not filled in');
  }
  return problems;
}

export type BuildResult = { ok: boolean; messages: string[] };

/** Builds and publishes the site to `paths.distDir`; on any failure the previous site stays as it was. */
export async function runBuild(paths: BuildPaths, { siteOnly = false, log = console.log } = {}): Promise<BuildResult> {
  const shown = relative(process.cwd(), paths.distDir) || paths.distDir;
  const unwritable = checkWritable(paths.distDir);
  if (unwritable) return { ok: false, messages: [unwritable] };
  let compromised: Error | null = null;
  let release: () => Promise<void>;
  try {
    release = await acquireBuildLock(paths.distDir, (error) => (compromised = error));
  } catch (error) {
    if (error instanceof BuildLockedError) return { ok: false, messages: [error.message] };
    throw error;
  }
  try {
    recoverLeftovers(paths.distDir, paths.catalogPath, log);
    // Astro copies public/ as it is; the pipeline checks it too, but --site-only skips the pipeline.
    const unsafe = [...findSymlinks(resolve('public'), process.cwd()), ...findUnsafeSvgs(resolve('public'), process.cwd())];
    if (unsafe.length) return { ok: false, messages: [...unsafe.map(formatProblem), `Nothing was built; ${shown}/ is unchanged.`] };
    const staging = stagingDirFor(paths.distDir);
    for (const stage of stages(paths, staging, siteOnly)) {
      const failed = await runStage(stage, log);
      if (failed) return { ok: false, messages: [`${failed}. ${shown}/ is unchanged.`] };
    }
    const problems = checkStagedSite(staging);
    if (problems.length) return { ok: false, messages: [...problems, `The new site was not published; ${shown}/ is unchanged.`] };
    if (compromised) return { ok: false, messages: [`The build lock was lost (${(compromised as Error).message}); ${shown}/ is unchanged.`] };
    const warning = publishStaging(staging, paths.distDir);
    log(`✓ Published ${shown}/`);
    return { ok: true, messages: warning ? [warning] : [] };
  } finally {
    await release();
  }
}

async function main(): Promise<void> {
  const { ok, messages } = await runBuild(resolveBuildPaths(), { siteOnly: process.argv.includes('--site-only') });
  for (const message of messages) (ok ? console.warn : console.error)(`${ok ? '!' : '✗'} ${message}`);
  if (!ok) process.exitCode = 1;
}

if (import.meta.main) await main();
