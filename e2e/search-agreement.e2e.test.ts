import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rankOccupations } from '../core/search/rank.ts';
import { planSiteQuery, type SiteSearchCore } from '../core/search/site-search.ts';
import { readSearchSet, searchSets } from '../pipeline/soc-suggest/search-sets.ts';
import { openBuiltIndex } from '../pipeline/lib/soc-index.ts';
import { useBuiltSite } from './browser.ts';

/**
 * One ranker for both places: every query of the bench sets gets the same top occupation from the
 * built site in Chromium and from `soc:suggest`'s ranker in Node, both on the pipeline's index.
 *
 * The one intended difference: the site reads intent first. It takes out words that ask for a kind
 * of page ("program", "degree", "jobs" …) and the names of the site's employers ("BayCare jobs"),
 * and ranks occupations on the rest; `soc:suggest` ranks a role's title as it is. Queries the site
 * changes that way are compared on what the site ranked.
 */

const site = useBuiltSite();
const index = openBuiltIndex();

/** The first occupation the site lists (the page shows occupations only: the kind filter is on). */
async function firstOccupation(page: Page, query: string): Promise<string | undefined> {
  const key = new URLSearchParams({ q: query, kind: 'Occupation' }).toString();
  await page.locator('#search-q').fill(query);
  await page.keyboard.press('Enter');
  await page.waitForFunction((k) => document.querySelector<HTMLElement>('#search-results')?.dataset.for === k, key);
  const hrefs = await page.$$eval('#search-list > li', (items) => items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''));
  return hrefs.map((h) => h.match(/^\/occupations\/([\d.-]+)\/$/)?.[1]).find(Boolean);
}

describe('soc:suggest and the site search agree', () => {
  it('on the top occupation of every bench query', async () => {
    const page = await site.open('/search/');
    await page.locator('input[name="kind"][value="Occupation"]').check();
    const core = (await page.evaluate(async () => (await fetch('/search-index/core.json')).json())) as SiteSearchCore;
    const disagreements: string[] = [];
    let compared = 0;
    for (const set of searchSets) {
      for (const { query } of readSearchSet(set.path)) {
        // What the site ranks occupations on, once intent words are out (the documented difference).
        const { text } = planSiteQuery(core, index, query);
        const expected = text ? rankOccupations(index, text, 1)[0]?.code : undefined;
        const shown = await firstOccupation(page, query);
        compared++;
        if (shown !== expected) disagreements.push(`${query}: site ${shown ?? 'none'}, soc:suggest ${expected ?? 'none'}`);
      }
    }
    expect(compared).toBeGreaterThan(900);
    expect(disagreements).toEqual([]);
    await page.close();
  }, 900_000);
});
