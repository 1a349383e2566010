import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './browser.ts';

/** Search on the built site (Astro build + Pagefind index) in real Chromium. */

const site = useBuiltSite();
const open = (path: string, javaScriptEnabled = true) => site.open(path, { javaScriptEnabled });

/** Waits until the page has rendered the results for exactly these URL parameters. */
async function resultsFor(page: Page, params: string): Promise<{ kind: string; code: string; title: string; href: string }[]> {
  await page.waitForFunction((p) => document.querySelector<HTMLElement>('#search-results')?.dataset.for === p, params);
  return page.$$eval('#search-list > li', (items) =>
    items.map((li) => ({
      kind: li.querySelector('.b')?.textContent ?? '',
      code: li.querySelector('.muted')?.textContent?.split(' ').pop() ?? '',
      title: li.querySelector('h3')?.textContent ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? '',
    })),
  );
}

const resultCount = async (page: Page) => Number((await page.locator('#search-status').innerText()).match(/^([\d,]+) result/)?.[1].replace(/,/g, '') ?? NaN);

describe('search page', () => {
  for (const query of ['registered nurse', 'RN', 'nurse']) {
    it(`"${query}" puts Registered Nurses (29-1141.00) first`, async () => {
      const params = new URLSearchParams({ q: query }).toString();
      const page = await open(`/search/?${params}`);
      const results = await resultsFor(page, params);
      expect(results[0]).toMatchObject({ kind: 'Occupation', code: '29-1141.00', title: 'Registered Nurses', href: '/occupations/29-1141.00/' });
      await expect(page.locator('#search-status').innerText()).resolves.toMatch(new RegExp(`^[\\d,]+ results? for “${query}”`));
      await page.close();
    });
  }

  it('a filter, set from the keyboard, narrows the results and every result matches it', async () => {
    const page = await open('/search/?q=nurse');
    await resultsFor(page, 'q=nurse');
    const before = await resultCount(page);

    await page.focus('#search-q');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value === 'Program')) break;
    }
    await page.keyboard.press('Space');
    const programs = await resultsFor(page, 'q=nurse&kind=Program');
    const after = await resultCount(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(programs.every((r) => r.kind === 'Program' && r.href.startsWith('/programs/'))).toBe(true);
    expect(page.url()).toContain('kind=Program');

    await page.selectOption('select[name="area"]', 'Healthcare Practitioners and Technical');
    await page.uncheck('input[name="kind"][value="Program"]');
    const area = await resultsFor(page, 'q=nurse&area=Healthcare+Practitioners+and+Technical');
    expect(await resultCount(page)).toBeLessThan(before);
    expect(area.length).toBeGreaterThan(0);
    expect(area.every((r) => r.code.startsWith('29-'))).toBe(true);
    await page.close();
  });

  // Role pages come from the roles work (src/pages/roles/**); this passes once they are built.
  it('finds a role by its company name', async () => {
    const page = await open('/search/?q=BayCare');
    const results = await resultsFor(page, 'q=BayCare');
    expect(results[0]).toMatchObject({ kind: 'Employer role', title: 'Surgical Technologist, BayCare', href: '/roles/surgical-technologist-baycare/' });
    await page.close();
  });

  it('announces results in a status region and offers the A–Z catalog when nothing matches', async () => {
    const page = await open('/search/?q=zzzxqv');
    await resultsFor(page, 'q=zzzxqv');
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/^0 results for “zzzxqv”/);
    await expect(page.getByRole('status').getByRole('link', { name: 'browse all occupations A–Z' }).getAttribute('href')).resolves.toBe('/occupations/?q=zzzxqv');
    await page.close();
  });
});

describe('header search box', () => {
  it('sends the query to the search page with JavaScript', async () => {
    const page = await open('/programs/');
    await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').fill('RN');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=RN');
    expect((await resultsFor(page, 'q=RN'))[0].code).toBe('29-1141.00');
    await page.close();
  });

  it('leads to the A–Z catalog without JavaScript', async () => {
    const page = await open('/', false);
    await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').fill('nurse');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/occupations/?q=nurse');
    expect(await page.locator('table.cat tbody tr').count()).toBeGreaterThan(1000);
    await page.close();
  });
});
