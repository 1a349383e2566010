import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './browser.ts';

/** Search on the built site (the search index core and postings files in dist/search-index/) in real Chromium. */

const site = useBuiltSite();
const open = (path: string, javaScriptEnabled = true) => site.open(path, { javaScriptEnabled });

type Result = { kind: string; code: string; title: string; href: string; text: string };

/** Waits until the page has rendered the results for exactly these URL parameters. */
async function resultsFor(page: Page, params: string): Promise<Result[]> {
  await page.waitForFunction((p) => document.querySelector<HTMLElement>('#search-results')?.dataset.for === p, params);
  return page.$$eval('#search-list > li', (items) =>
    items.map((li) => ({
      kind: li.querySelector('.b')?.textContent ?? '',
      code: li.querySelector('.muted')?.textContent?.split(' ').pop() ?? '',
      title: li.querySelector('h3')?.textContent ?? '',
      // The contract other checks rely on: the result's link is the item's first link.
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      text: li.textContent ?? '',
    })),
  );
}

const resultCount = async (page: Page) => Number((await page.locator('#search-status').innerText()).match(/([\d,]+) results?/)?.[1].replace(/,/g, '') ?? NaN);
const topCodes = (results: Result[]) => results.slice(0, 3).map((r) => r.href.match(/^\/occupations\/([\d.-]+)\/$/)?.[1]);

/** What visitors type, one of each kind the search must understand, and the occupation each means. */
const typed = [
  { kind: 'a job-ad title with pay, shift and location', query: 'Night Shift CNA - $18/hr - Tampa, FL', code: '31-1131.00' },
  { kind: 'a misspelling', query: 'electrition', code: '47-2111.00' },
  { kind: 'a partial word', query: 'phlebot', code: '31-9097.00' },
  { kind: 'a description of the work', query: 'fix air conditioners', code: '49-9021.00' },
  { kind: 'an abbreviation', query: 'LPN', code: '29-2061.00' },
];

describe('what visitors type reaches the right occupation in the first 3 results', () => {
  for (const { kind, query, code } of typed) {
    it(`from /search/: ${kind} ("${query}" → ${code})`, async () => {
      const page = await open('/search/');
      await page.locator('#search-q').fill(query);
      await page.keyboard.press('Enter');
      expect(topCodes(await resultsFor(page, new URLSearchParams({ q: query }).toString()))).toContain(code);
      await page.close();
    });

    it(`from the home page's box: ${kind} ("${query}" → ${code})`, async () => {
      const page = await open('/');
      await page.getByRole('main').getByRole('search').getByRole('searchbox').fill(query);
      await page.keyboard.press('Enter');
      await page.waitForURL('**/search/?q=*');
      expect(topCodes(await resultsFor(page, new URLSearchParams({ q: query }).toString()))).toContain(code);
      await page.close();
    });
  }
});

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

  it('shows the median pay, with its area, and the time to train beside each occupation', async () => {
    const page = await open('/search/?q=electrician');
    const [first] = await resultsFor(page, 'q=electrician');
    expect(first.kind).toBe('Occupation');
    expect(first.text).toMatch(/Median pay \$[\d,.]+( a year|\/hr) \([^)]+\)/);
    expect(first.text).toMatch(/Time to train: \S/);
    await page.close();
  });

  it('says what it corrected, and offers the closest occupation when a word matches nothing', async () => {
    const page = await open('/search/?q=dental+asistant');
    expect((await resultsFor(page, 'q=dental+asistant'))[0].code).toBe('31-9091.00');
    await expect(page.locator('#search-status').innerText()).resolves.toMatch(/^Showing results for “dental assistant”/);

    await page.goto(page.url().replace(/\?.*$/, '?q=nurse+qzxwv'));
    const results = await resultsFor(page, 'q=nurse+qzxwv');
    expect(results.length).toBeGreaterThan(0);
    const suggestion = page.locator('#search-status').getByRole('link');
    await expect(page.locator('#search-status').innerText()).resolves.toMatch(/Did you mean .+\?/);
    await expect(suggestion.getAttribute('href')).resolves.toBe(results[0].href);
    await page.close();
  });

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
    expect(area.filter((r) => r.kind === 'Occupation').every((r) => r.code.startsWith('29-'))).toBe(true);
    await page.close();
  });

  it('finds a role by its company name', async () => {
    const page = await open('/search/?q=BayCare');
    const results = await resultsFor(page, 'q=BayCare');
    expect(results[0]).toMatchObject({ kind: 'Employer role', title: 'Surgical Technologist, BayCare', href: '/roles/surgical-technologist-baycare/' });
    await page.close();
  });

  it('puts programs first when the query asks for them', async () => {
    const page = await open('/search/?q=nursing+program');
    const results = await resultsFor(page, 'q=nursing+program');
    expect(results[0].kind).toBe('Program');
    await page.close();
  });

  it('gives no results only for gibberish, and then offers the A–Z catalog', async () => {
    const page = await open('/search/?q=zzzxqv');
    await resultsFor(page, 'q=zzzxqv');
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/^0 results for “zzzxqv”/);
    await expect(page.getByRole('status').getByRole('link', { name: 'browse all occupations A–Z' }).getAttribute('href')).resolves.toBe('/occupations/?q=zzzxqv');
    await page.close();
  });
});

describe('one search everywhere', () => {
  it('the header box sends the query to the search page', async () => {
    const page = await open('/programs/');
    await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').fill('RN');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=RN');
    expect((await resultsFor(page, 'q=RN'))[0].code).toBe('29-1141.00');
    await page.close();
  });

  it('the 404 page and the catalog\'s "search all" lead to the search page', async () => {
    const missing = await site.open('/404.html');
    await missing.getByRole('search', { name: 'Search the site' }).getByRole('searchbox').fill('forklift driver');
    await missing.keyboard.press('Enter');
    await missing.waitForURL('**/search/?q=forklift+driver');
    expect(topCodes(await resultsFor(missing, 'q=forklift+driver'))).toContain('53-7051.00');
    await missing.close();

    const catalog = await open('/occupations/?q=plumer');
    const searchAll = catalog.locator('a[data-search-all]');
    await expect(searchAll.getAttribute('href')).resolves.toBe('/search/?q=plumer');
    await searchAll.click();
    expect(topCodes(await resultsFor(catalog, 'q=plumer'))).toContain('47-2152.00');
    await catalog.close();
  });

  it('without JavaScript, the search page offers the A–Z catalog', async () => {
    const page = await open('/', false);
    await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').fill('nurse');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=nurse');
    await expect(page.getByRole('link', { name: 'Browse all occupations A–Z' }).getAttribute('href')).resolves.toBe('/occupations/');
    await page.close();
  });
});
