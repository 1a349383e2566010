import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getOccupationPages } from '../src/lib/catalog/index.ts';
import { useBuiltSite } from './browser.ts';

/** Keyboard only, as a visitor without a mouse: no clicks, no `focus()` calls, only Tab, Enter and typing. */

const site = useBuiltSite();

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  /** A focused element the visitor cannot see is a lost focus ring. */
  visible: boolean;
  matches: boolean;
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses, naming where focus went. */
async function tabTo(page: Page, selector: string, limit = 300): Promise<Focused[]> {
  const trail: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((sel): Focused => {
      const el = document.activeElement as HTMLElement | null;
      const box = el?.getBoundingClientRect();
      return {
        tag: el?.tagName.toLowerCase() ?? '',
        text: (el?.textContent ?? '').trim().slice(0, 60),
        href: el?.getAttribute('href') ?? null,
        visible: Boolean(el && box && box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true })),
        matches: Boolean(el?.matches(sel)),
      };
    }, selector);
    trail.push(focused);
    if (focused.matches) return trail;
  }
  throw new Error(`${selector} not reached in ${limit} Tab presses; focus went: ${trail.slice(-8).map((f) => `${f.tag} "${f.text}"`).join(' → ')}`);
}

function expectAllVisible(trail: Focused[]): void {
  const hidden = trail.filter((f) => !f.visible);
  expect(hidden, `focus landed on elements the visitor cannot see: ${JSON.stringify(hidden)}`).toEqual([]);
}

describe('keyboard only', () => {
  it('occupation page: the skip link comes first and works; "Load more" opens by Enter and focus moves to the revealed cards', async () => {
    const target = getOccupationPages().find((p) => p.code === '29-1141.00' && p.programs.length > 6) ?? getOccupationPages().find((p) => p.programs.length > 6);
    expect(target, 'an occupation with more than 6 programs').toBeDefined();
    const page = await site.open(`/occupations/${target!.code}/`);

    const [skip] = await tabTo(page, 'a', 1);
    expect(skip).toMatchObject({ href: '#main', text: 'Skip to main content', visible: true });
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');

    // From the top of <main> to the button, the folded cards take no Tab stop.
    const toButton = await tabTo(page, 'button[data-more="programs-list"]');
    expectAllVisible(toButton);
    const programHrefs = target!.programs.map((p) => `/programs/${p.id}/`);
    const reachedBefore = new Set(toButton.map((f) => f.href).filter((href) => href && programHrefs.includes(href)));
    expect(reachedBefore, 'exactly the six unfolded programs are reachable before "Load more"').toEqual(new Set(programHrefs.slice(0, 6)));

    await page.keyboard.press('Enter');
    await expect(page.locator('button[data-more="programs-list"]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(target!.programs[6].title);

    const next = await tabTo(page, '#programs-list a', 5);
    expect(next.at(-1)?.href, 'Tab from the focused card goes to its own link').toBe(programHrefs[6]);
    expectAllVisible(next);
    await page.close();
  });

  it('search: type a query, Tab to a result, Enter opens it; "Show more results" by Enter moves focus to the first new result', async () => {
    const page = await site.open('/search/');
    const toInput = await tabTo(page, '#search-q', 40);
    expectAllVisible(toInput);
    await page.keyboard.type('manager');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-results')?.dataset.for === 'q=manager');

    const shown = await page.locator('#search-list > li').count();
    expect(shown, 'a page of results for "manager"').toBeGreaterThan(0);
    const toMore = await tabTo(page, '#search-more');
    expectAllVisible(toMore);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#search-list > li').length > n, shown);
    const focusedIndex = await page.evaluate(() => [...document.querySelectorAll('#search-list > li')].findIndex((li) => li.contains(document.activeElement)));
    expect(focusedIndex, 'focus is on the first newly shown result').toBe(shown);

    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^\/(occupations|roles|programs)\//);
    await Promise.all([page.waitForURL((url) => url.pathname === href), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await page.close();
  });

  it('search: from the query box, Tab reaches the first result and Enter opens it', async () => {
    const page = await site.open('/search/');
    await tabTo(page, '#search-q', 40);
    await page.keyboard.type('registered nurse');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-results')?.dataset.for === 'q=registered+nurse');
    const trail = await tabTo(page, '#search-list a');
    expectAllVisible(trail);
    const href = trail.at(-1)!.href!;
    expect(href).toBe('/occupations/29-1141.00/');
    await Promise.all([page.waitForURL((url) => url.pathname === href), page.keyboard.press('Enter')]);
    await expect(page.locator('h1').innerText()).resolves.toBe('Registered Nurses');
    await page.close();
  });
});
