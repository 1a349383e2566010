import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStagedSite } from '../scripts/build.ts';
import { recoverLeftovers } from '../scripts/build/publish-site.ts';
import { buildHostileCatalog } from '../test-support/hostile-catalog.ts';
import { serveDist } from './static-server.ts';

/**
 * Fault injection on `npm run build` (scripts/build.ts), on a small site built from the fixture catalog: the
 * build is killed (its whole process group, as Ctrl-C or a cancelled CI job would) in the pipeline, Astro and
 * Pagefind stages, and two builds are started at once. The previous site must stay byte for byte as it was and
 * serve pages in Chromium; leftovers must be gone after the next build.
 */

const sources = process.env.ATLAS_SOURCES;
let work: string;
let distDir: string;
let catalogPath: string;
let browser: Browser;
let baseline: Map<string, string>;

/** Kill the build (its whole process group, with SIGKILL) `delay` ms after its output first shows `text`. */
type Kill = { text: string; delay: number };

/**
 * Starts a build. With `kill`, the kill is sent from the output handler itself, as soon as the text arrives,
 * because stages of this small site can finish within a few milliseconds of printing their last line.
 */
type Run = { child: ChildProcess; output: () => string; exit: Promise<number | null>; printedAtKill: () => string };

function startBuild(args: string[] = ['--site-only'], kill?: Kill): Run {
  let output = '';
  let printedAtKill = '';
  const child = spawn(process.execPath, ['scripts/build.ts', ...args], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ATLAS_DIST: distDir, ATLAS_CATALOG: catalogPath },
  });
  const killNow = () => {
    if (printedAtKill || child.exitCode !== null) return;
    printedAtKill = output;
    process.kill(-child.pid!, 'SIGKILL');
  };
  const collect = (chunk: Buffer) => {
    output += chunk;
    if (!kill || printedAtKill || !output.includes(kill.text)) return;
    if (kill.delay === 0) killNow();
    else setTimeout(killNow, kill.delay);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => output, exit, printedAtKill: () => printedAtKill };
}

/** Every file of the site and the hash of its bytes. */
function snapshot(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')] as const;
  }));
}

const siblings = (marker: string, of = distDir) => readdirSync(dirname(of)).filter((name) => name.startsWith(`${of.split('/').pop()}${marker}`));

/** The site serves its home page, an occupation page and the search index in Chromium. */
async function smokeTest(): Promise<void> {
  expect(checkStagedSite(distDir)).toEqual([]);
  const server = await serveDist(distDir);
  const page = await browser.newPage();
  try {
    for (const path of ['/', '/occupations/29-1141.00/']) {
      expect((await page.goto(server.url + path))?.status(), path).toBe(200);
      expect(await page.locator('h1').first().textContent(), path).toBeTruthy();
    }
    expect((await page.goto(`${server.url}/pagefind/pagefind.js`))?.status()).toBe(200);
  } finally {
    await page.close();
    await server.close();
  }
}

async function expectPreviousSiteWhole(): Promise<void> {
  expect(snapshot(distDir)).toEqual(baseline);
  await smokeTest();
}

beforeAll(async () => {
  if (!sources) throw new Error('Set ATLAS_SOURCES: the pipeline stage is killed while it imports the real release files.');
  const catalog = await buildHostileCatalog('inert');
  expect(catalog.problems.list).toEqual([]);
  catalogPath = catalog.catalogPath;
  // Inside the project, like any build's output (Astro stages files in the project for an outDir outside it).
  mkdirSync('node_modules/.cache', { recursive: true });
  work = mkdtempSync(join(process.cwd(), 'node_modules/.cache/atlas-build-faults-'));
  distDir = join(work, 'dist');
  const first = startBuild();
  expect(await first.exit, first.output().slice(-3000)).toBe(0);
  baseline = snapshot(distDir);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a build killed part way', () => {
  it('in the pipeline stage (twice, early and late in the import): the site and the catalog stay as they were', async () => {
    const catalogBefore = readFileSync(catalogPath);
    for (const text of ['✓ import O*NET', '✓ import CIP and IPEDS']) {
      const run = startBuild([], { text, delay: 200 });
      await run.exit;
      expect(run.printedAtKill()).toContain(text);
      expect(run.printedAtKill()).not.toContain('✓ pipeline');
      await expectPreviousSiteWhole();
      expect(readFileSync(catalogPath).equals(catalogBefore)).toBe(true);
    }
    expect(siblings('.tmp-', catalogPath).length, 'the killed imports left temp catalogs').toBeGreaterThan(0);
  }, 300_000);

  // Moments named by what the stage has printed: Vite bundling (nothing written yet), pages being written,
  // Astro done but not exited (a whole site in staging); Pagefind reading pages, Pagefind writing its index.
  const moments = [
    ['astro', 'Building static entrypoints', 0],
    ['astro', 'generating static routes', 300],
    ['astro', '[atlas-security-headers]', 0],
    ['pagefind', '[Parsing files]', 0],
    ['pagefind', '[Building search indexes]', 0],
  ] as const;
  for (const [stage, text, delay] of moments) {
    it(`in the ${stage} stage, at "${text}": the previous site is byte-identical and serves pages`, async () => {
      // A kill that lands after the stage ended (it can, on a fast machine) does not test this moment: try again.
      for (let attempt = 1; attempt <= 5; attempt++) {
        const run = startBuild(['--site-only'], { text, delay });
        await run.exit;
        expect(run.output()).toContain(text);
        if (!run.printedAtKill() || run.printedAtKill().includes(`✓ ${stage}`)) {
          // The next attempt's "previous site": whatever this one left, once a build would have recovered it.
          recoverLeftovers(distDir, catalogPath, () => {});
          baseline = snapshot(distDir);
          continue;
        }
        await expectPreviousSiteWhole();
        return;
      }
      throw new Error(`Five kills at "${text}" all landed after the ${stage} stage had ended`);
    }, 300_000);
  }

  it('leaves nothing the next build does not clear: it takes over the dead lock and removes staging folders and temp catalogs', async () => {
    expect(siblings('.staging-').length, 'the builds killed in the Astro and Pagefind stages left staging folders').toBeGreaterThan(0);
    const next = startBuild();
    expect(await next.exit, next.output().slice(-3000)).toBe(0);
    expect(next.output()).toMatch(/Removed \d+ folder\(s\) left by stopped builds/);
    expect([...siblings('.staging-'), ...siblings('.previous-'), ...siblings('.tmp-', catalogPath)]).toEqual([]);
    await smokeTest();
    baseline = snapshot(distDir);
  }, 300_000);
});

describe('two builds at once', () => {
  it('runs one and stops the other at once, naming the running build; the site is whole', async () => {
    const [a, b] = [startBuild(), startBuild()];
    const codes = await Promise.all([a.exit, b.exit]);
    expect([...codes].sort()).toEqual([0, 1]);
    const stopped = codes[0] === 1 ? a : b;
    expect(stopped.output()).toMatch(/Another build is running: pid \d+ on .+, started \d{4}-/);
    await smokeTest();
    expect(existsSync(`${distDir}.lock`)).toBe(false);
  }, 300_000);
});

describe('an output folder that cannot be written', () => {
  it('stops before building with one message naming the folder and what to do', async () => {
    const run = spawn(process.execPath, ['scripts/build.ts', '--site-only'], { env: { ...process.env, ATLAS_DIST: '/sys/atlas-dist', ATLAS_CATALOG: catalogPath } });
    let output = '';
    run.stderr.on('data', (chunk) => (output += chunk));
    expect(await new Promise((done) => run.on('exit', done))).toBe(1);
    expect(output.trim()).toMatch(/^✗ \/sys is not writable \(E[A-Z]+\), so the new site cannot be built beside atlas-dist\/ and swapped in\. Make the folder writable/);
    expect(output).not.toMatch(/\n\s+at /);
  });
});
