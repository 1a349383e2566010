import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Parser } from 'htmlparser2';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED_REPORT } from '../pipeline/content/expired-roles.ts';
import { buildHostileCatalog, EXPIRED_ROLE, HOSTILE_ROLE } from '../test-support/hostile-catalog.ts';
import { distDir, serveDist } from './static-server.ts';
import { formatVnu, runVnu, vnuErrors } from './vnu.ts';

/**
 * The site built (Astro, into a temp folder) from a catalog holding hostile editors' content
 * (`pipeline/__tests__/fixtures/hostile-content/inert` plus a 10,000-character role title): every page
 * renders it as text, valid HTML, without a dialog and without widening the page.
 */

let outDir: string;
let catalogDir: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
const hostilePages = [`/roles/${HOSTILE_ROLE}/`, '/companies/evil-corp/', '/occupations/29-1141.00/', `/embed/roles/${HOSTILE_ROLE}/`];

beforeAll(async () => {
  const build = await buildHostileCatalog('inert');
  expect(build.problems.list).toEqual([]);
  catalogDir = dirname(build.catalogPath);
  // Inside the project: for an outDir outside it, Astro stages the pages in the project's `.astro/`, which
  // any other such build running at the same time overwrites.
  mkdirSync('node_modules/.cache', { recursive: true });
  outDir = mkdtempSync(join(process.cwd(), 'node_modules/.cache/atlas-hostile-site-'));
  const astro = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, ATLAS_CATALOG: build.catalogPath },
    encoding: 'utf8',
  });
  if (astro.status !== 0) throw new Error(`astro build on the hostile catalog failed (exit ${astro.status}):\n${astro.stdout.slice(-3000)}\n${astro.stderr.slice(-3000)}`);
  server = await serveDist(outDir);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'poster', 'srcset', 'xlink:href']);
const activeTags = new Set(['iframe', 'object', 'embed', 'frame', 'applet']);

/** What on a page could run or load content it should not: one line each, with the page. */
function activeContent(file: string, page: string): string[] {
  const found: string[] = [];
  let script: { type: string; text: string } | null = null;
  const parser = new Parser({
    onopentag(tag, attrs) {
      if (activeTags.has(tag)) found.push(`${page}: <${tag}>`);
      for (const [name, value] of Object.entries(attrs)) {
        if (name.startsWith('on')) found.push(`${page}: <${tag} ${name}="${value.slice(0, 60)}">`);
        // Browsers ignore leading white space and control characters before a scheme.
        if (urlAttributes.has(name) && /^(javascript|vbscript|data):/i.test(value.replace(/[\s\x00-\x1f]+/g, ''))) found.push(`${page}: <${tag} ${name}="${value.slice(0, 60)}">`);
      }
      if (tag === 'img' && attrs.src === 'x') found.push(`${page}: <img src="x"> from content`);
      if (tag === 'script') script = { type: attrs.type ?? '', text: '' };
    },
    ontext(text) {
      if (script) script.text += text;
    },
    onclosetag(tag) {
      if (tag !== 'script' || !script) return;
      if (script.type === 'application/ld+json') {
        // Content that closed the element early would leave JSON that no longer parses.
        try {
          JSON.parse(script.text);
        } catch {
          found.push(`${page}: JSON-LD that does not parse: ${script.text.slice(0, 80)}`);
        }
      } else if (script.text.includes('alert(')) found.push(`${page}: a script holding content: ${script.text.slice(0, 80)}`);
      script = null;
    },
  });
  parser.end(readFileSync(file, 'utf8'));
  return found;
}

describe('hostile content, built into pages', () => {
  it('renders as text on every page: no content script, event handler, frame or javascript:/data: URL', () => {
    const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((f) => activeContent(join(outDir, f), `/${f}`));
    expect(found).toEqual([]);

    const role = readFileSync(join(outDir, 'roles', HOSTILE_ROLE, 'index.html'), 'utf8');
    expect(role, 'the title is shown, escaped').toContain('Night Nurse &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;');
    expect(role, 'the description keeps its safe link').toContain('href="https://evil.example.com/jobs/1"');
  });

  it('leaves an expired posting off the site (page, card, API, search) and lists it in the build report', () => {
    expect(existsSync(join(outDir, 'roles', EXPIRED_ROLE))).toBe(false);
    const mentions = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(html|json)$/.test(f) && readFileSync(join(outDir, f), 'utf8').includes('Stale Posting Left Up'));
    expect(mentions).toEqual([]);
    expect(readFileSync(join(catalogDir, EXPIRED_REPORT), 'utf8')).toContain(`| \`${EXPIRED_ROLE}\` | Stale Posting Left Up | 2020-01-31 |`);
  });

  it("adds nothing to the CSP: its script hashes are the site's own, whatever script-like text the content holds", () => {
    const hashes = (dir: string) => new Set(readFileSync(join(dir, '_headers'), 'utf8').match(/'sha256-[^']+'/g));
    const hostile = hashes(outDir);
    expect(hostile.size).toBeGreaterThan(0);
    expect([...hostile].filter((hash) => !hashes(distDir).has(hash))).toEqual([]);
  });

  it('is valid HTML', () => {
    const messages = runVnu(hostilePages.map((p) => join(outDir, p, 'index.html')));
    expect(vnuErrors(messages), formatVnu(vnuErrors(messages), outDir)).toEqual([]);
  });

  for (const width of [375, 1280]) {
    it(`opens no dialog and wraps the 10,000-character title within a ${width} px screen`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      for (const path of hostilePages) {
        const response = await page.goto(server.url + path);
        expect(response?.status(), `GET ${path}`).toBe(200);
        await page.mouse.move(width / 2, 200);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} is ${overflow} px wider than the screen`).toBeLessThanOrEqual(0);
      }
      expect(dialogs).toEqual([]);
      await page.close();
    });
  }
});
