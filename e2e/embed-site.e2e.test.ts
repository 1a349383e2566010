import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOccupationPages, getRolePages, wageAreasBySoc } from '../src/lib/catalog/index.ts';
import { formatWage } from '../src/lib/format.ts';
import { withSiteHeaders } from './embed-headers.ts';
import { assertDistBuilt, serveDist } from './static-server.ts';

/**
 * The site's own pages under the CSP and framing headers of `_headers`, in Chromium: every script still
 * runs (inline ones by hash, Pagefind's WebAssembly on /search/), and the "wages in another area" selector
 * reads the API.
 */

const rn = getOccupationPages().find((p) => p.code === '29-1141.00')!;

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  assertDistBuilt();
  site = await serveDist();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, javaScriptEnabled = true): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
  const problems = await withSiteHeaders(context, site.url);
  const page = await context.newPage();
  const response = await page.goto(site.url + path);
  expect(response?.status(), `GET ${path}`).toBe(200);
  return { page, problems };
}

describe('pages under the published CSP', () => {
  it('the occupation page runs its scripts: load more, wages in another area, copy embed code', async () => {
    const { page, problems } = await open(`/occupations/${rn.code}/`);
    if (rn.programs.length > 6) {
      await page.getByRole('button', { name: /Load more/ }).click();
      await expect(page.locator('#programs-list > li:visible').count()).resolves.toBe(rn.programs.length);
    }

    const areas = wageAreasBySoc().get(rn.socCode)!;
    const florida = areas.find((a) => a.areaType === 'state' && a.areaCode === 'FL')!;
    await page.getByRole('button', { name: 'Compare another area' }).click();
    await page.getByLabel('Area').selectOption({ label: florida.areaName });
    const shown = await page.locator('#wage-areas').innerText();
    expect(shown).toContain(`Median pay in ${florida.areaName}: ${formatWage(florida.annual.median, florida.footnotes['annual.median'], 'annual')} a year`);
    expect(shown).toContain(formatWage(florida.hourly.median, florida.footnotes['hourly.median'], 'hourly'));
    expect(shown).toContain(`Medians only: this edition's state figures come from oews_may2025_state_medians_474occ.csv, a partial extract`);

    const national = areas.find((a) => a.areaType === 'national')!;
    await page.getByLabel('Area').selectOption({ label: national.areaName });
    await expect(page.locator('#wage-areas tbody tr').count()).resolves.toBe(5);

    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect.poll(() => page.locator('#embed [role="status"]').innerText()).toMatch(/Copied|Ctrl\+C/);
    await expect(page.locator('#embed-code').inputValue()).resolves.toContain(`data-atlas-embed href="https://`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows no area selector without JavaScript', async () => {
    const { page } = await open(`/occupations/${rn.code}/`, false);
    await expect(page.locator('#wage-areas').isVisible()).resolves.toBe(false);
    await expect(page.locator('#embed-code').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('search runs Pagefind (WebAssembly) and the catalog filters run', async () => {
    const search = await open('/search/');
    await search.page.locator('#search-q').fill('nurse');
    await search.page.locator('#search-q').press('Enter');
    await expect.poll(() => search.page.locator('#search-list > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(search.problems).toEqual([]);
    await search.page.context().close();

    const catalog = await open('/occupations/?q=nurse');
    await expect.poll(() => catalog.page.locator('table.cat tbody tr[hidden]').count()).toBeGreaterThan(0);
    expect(catalog.problems).toEqual([]);
    await catalog.page.context().close();
  });

  it('the home, program, role and company pages load without CSP violations', async () => {
    for (const path of ['/', '/programs/', `/roles/${getRolePages()[0].slug}/`, '/companies/']) {
      const { page, problems } = await open(path);
      await page.waitForLoadState('networkidle');
      expect(problems, path).toEqual([]);
      await page.context().close();
    }
  });
});
