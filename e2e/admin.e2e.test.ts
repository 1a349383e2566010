import { spawnSync } from 'node:child_process';
import { resolvePaths } from '../pipeline/paths.ts';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorRepository } from '../editions/index.ts';
import { measureAdminBundle, pageScripts } from '../scripts/admin-bundle.ts';
import { pageTypes } from '../scripts/page-weight.ts';
import { startScratchRepo, type ScratchRepo } from './decap-server.ts';
import { withSiteHeaders } from './embed-headers.ts';
import { assertDistBuilt, distDir, serveDist } from './static-server.ts';

/**
 * The editors' workspace end to end: the built /admin/ in Chromium, saving through decap-server into a
 * scratch clone. A role filled in the form becomes a commit whose file `npm run check` accepts; a form
 * missing a required field is refused with the schema's message and commits nothing.
 */

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
let repo: ScratchRepo;
const SLUG = 'surgical-technologist-i-baycare';
const ROLE_FILE = `editions/tampa-bay/content/roles/${SLUG}.md`;
const BRANCH = `cms/roles/${SLUG}`;
const DEPLOYED_HOST = 'atlas.test';

beforeAll(async () => {
  assertDistBuilt();
  repo = await startScratchRepo(editorRepository.branch);
  site = await serveDist();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await repo?.close();
});

async function openNewRole(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.setDefaultTimeout(30_000);
  await page.goto(`${site.url}/admin/?proxy_port=${repo.port}#/collections/roles/new`);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByLabel('Title', { exact: true }).waitFor();
  return page;
}

/** react-select inputs (relation, select): type, then take the highlighted option. */
async function choose(page: Page, id: string, text: string) {
  await page.locator(`[id^="${id}-field-"]`).fill(text);
  await page.getByRole('option', { name: text }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function fillRole(page: Page, { datePosted, validThrough }: { datePosted: boolean; validThrough: string }) {
  await page.getByLabel('Title', { exact: true }).fill('Surgical Technologist I');
  await choose(page, 'company', 'BayCare');
  // The suggestions follow the title typed above: the role's occupation is among them.
  await page.getByRole('list', { name: 'Suggested occupations' }).getByRole('button', { name: /^29-2055\.00 Surgical Technologists/ }).click();
  await page.getByLabel('Category', { exact: true }).fill('Healthcare');
  await choose(page, 'employment_type', 'Full-time');
  await choose(page, 'work_location_type', 'Onsite');
  await page.getByLabel('City', { exact: true }).fill('Clearwater');
  await page.getByLabel('State', { exact: true }).fill('FL');
  await page.getByLabel('Proficiency', { exact: true }).fill('55');
  await page.getByLabel('Application URL', { exact: true }).fill('https://careers.example.com/jobs/42');
  await page.getByRole('button', { name: 'Add skills' }).click();
  await page.locator('[id^="item-field-"]').first().fill('Sterile technique');
  await page.getByLabel('Summary', { exact: true }).fill('Keeps the sterile field and hands surgeons the right instrument.');
  if (datePosted) await page.getByLabel('Date posted', { exact: true }).fill('2026-11-20');
  await page.getByLabel('Valid through (optional)', { exact: true }).fill(validThrough);
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type('Join the operating-room team at a BayCare hospital.');
}

const branches = () => repo.git('branch', '--list', 'cms/*').split('\n').map((b) => b.replace(/^[*+ ]+/, '').trim()).filter(Boolean);

/** decap-server commits on a branch it checks out, then returns to the admin's branch: wait for both. */
async function waitForCommit(branch: string, file: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  const committed = () => branches().includes(branch) && repo.git('ls-tree', '-r', '--name-only', branch, '--', file).trim() === file;
  while (!committed() || repo.git('branch', '--show-current').trim() !== editorRepository.branch) {
    if (Date.now() > until) throw new Error(`no commit of ${file} on ${branch} after ${timeoutMs} ms; branches: ${branches().join(', ') || 'none'}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

describe('the editors workspace (/admin/) against decap-server', () => {
  it('saves a role filled in the form as a commit with the expected front matter, which `npm run check` accepts', async () => {
    const page = await openNewRole();
    await fillRole(page, { datePosted: true, validThrough: '2099-01-31' });
    await expect(page.getByRole('status').filter({ hasText: 'Open through 2099-01-31' }).count()).resolves.toBe(1);
    // The preview is the role's page hero and card, in the site's own stylesheet.
    const preview = page.frameLocator('#preview-pane');
    await expect(preview.locator('h1').textContent()).resolves.toBe('Surgical Technologist I');
    await expect(preview.locator('.card h3').textContent()).resolves.toBe('Surgical Technologist I');
    await expect(preview.locator('link[rel="stylesheet"][href*="/_astro/global."]').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Save' }).click();
    await waitForCommit(BRANCH, ROLE_FILE);
    await page.close();

    expect(repo.git('log', '--format=', '--name-only', '-1', BRANCH).trim().split('\n')).toEqual([ROLE_FILE]);
    const text = repo.git('show', `${BRANCH}:${ROLE_FILE}`);
    const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    expect(parse(frontMatter)).toEqual({
      title: 'Surgical Technologist I',
      company: 'baycare',
      soc_code: '29-2055.00',
      category: 'Healthcare',
      employment_type: 'Full-time',
      work_location_type: 'Onsite',
      city: 'Clearwater',
      state: 'FL',
      proficiency: 55,
      application_url: 'https://careers.example.com/jobs/42',
      skills: ['Sterile technique'],
      summary: 'Keeps the sterile field and hands surgeons the right instrument.',
      date_posted: '2026-11-20',
      valid_through: '2099-01-31',
    });
    expect(body.trim()).toBe('Join the operating-room team at a BayCare hospital.');

    repo.git('checkout', '--quiet', BRANCH);
    try {
      const check = spawnSync('npm', ['run', 'check'], {
        cwd: repo.dir,
        encoding: 'utf8',
        env: { ...process.env, ATLAS_CATALOG: resolvePaths().catalogPath },
      });
      expect(check.status, check.stderr + check.stdout).toBe(0);
      expect(check.stdout).toMatch(/\d+ roles.*: no problems/);
    } finally {
      repo.git('checkout', '--quiet', editorRepository.branch);
    }
  });

  it('badges an expired posting, and refuses a role without its date posted, in the form, with the schema message, committing nothing', async () => {
    const before = branches();
    const page = await openNewRole();
    await fillRole(page, { datePosted: false, validThrough: '2020-01-31' });
    await expect(page.getByRole('status').filter({ hasText: 'Expired on 2020-01-31' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Expected a date as YYYY-MM-DD, like 2026-11-02').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect(page.getByText('Date posted is required.').count()).resolves.toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    expect(branches()).toEqual(before);
    await page.close();
  });

  it('shows an override beside the lists its owner inherits, and how to restore the O*NET default', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.setDefaultTimeout(30_000);
    await page.goto(`${site.url}/admin/?proxy_port=${repo.port}#/collections/overrides/entries/11-9021.00`);
    await page.getByRole('button', { name: 'Login' }).click();
    const preview = page.frameLocator('#preview-pane');
    await expect.poll(() => preview.getByRole('heading', { name: 'Tools and technology' }).count(), { timeout: 30_000 }).toBe(1);
    await expect(preview.getByText('delete this entry').count()).resolves.toBe(1);
    // 11-9021.00 adds tools: O*NET's stay, labelled, and the file's own follow.
    await expect(preview.locator('li', { hasText: '· From O*NET' }).count()).resolves.toBeGreaterThan(5);
    await expect(preview.getByRole('heading', { name: "This file's items (mode: add)" }).count()).resolves.toBe(1);
    await expect(preview.locator('li', { hasText: 'Bluebeam Revu' }).count()).resolves.toBe(1);
    await page.close();
  });

  it("loads under the built _headers (the /* CSP and /admin/*'s both applied) on a deployed host: the GitHub sign-in, no CSP violation, no page error", async () => {
    // A host name other than localhost, where Decap looks for no local backend, and a secure context, as HTTPS gives.
    const url = site.url.replace('127.0.0.1', DEPLOYED_HOST);
    const deployed = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', `--host-resolver-rules=MAP ${DEPLOYED_HOST} 127.0.0.1`, `--unsafely-treat-insecure-origin-as-secure=${url}`],
    });
    try {
      const context = await deployed.newContext();
      const problems = await withSiteHeaders(context, url, site.url);
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      await page.goto(`${url}/admin/`);
      await page.getByRole('button', { name: /Login with GitHub/i }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await deployed.close();
    }
  });

  it('is loaded by /admin/ only: no public page type loads any of its scripts', () => {
    const admin = measureAdminBundle(distDir);
    const decap = new Set(admin.entries);
    expect(admin.upfrontGzip).toBeGreaterThan(100_000);
    const leaks = pageTypes(distDir).flatMap(({ path }) => [...pageScripts(distDir, path)].filter((s) => decap.has(s)).map((s) => `${path} loads ${s}`));
    expect(leaks).toEqual([]);
  });
});
