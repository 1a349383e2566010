import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { atlasConfig } from '../atlas.config.ts';
import { getOccupationPages, listOccupations } from '../src/lib/catalog/index.ts';
import { useBuiltSite } from './browser.ts';

/** The built site in real Chromium; `dist/` must come from the same catalog as `src/lib/catalog` reads. */

const site = useBuiltSite();
const open = (path: string, javaScriptEnabled = true) => site.open(path, { javaScriptEnabled });

describe('catalog table', () => {
  it('Open Roles badge leads to #open-roles (a gray non-link badge when there are none)', async () => {
    const withRoles = listOccupations().find((o) => o.openRoles > 0);
    const withoutRoles = listOccupations().find((o) => o.openRoles === 0)!;
    const page = await open('/occupations/');

    const emptyCell = page.locator(`tr:has(a[href="/occupations/${withoutRoles.code}/"]) td:nth-child(6)`);
    await expect(emptyCell.locator('a').count()).resolves.toBe(0);
    await expect(emptyCell.locator('span.b').innerText()).resolves.toBe('0 roles');

    if (withRoles) {
      const badge = page.locator(`a[href="/occupations/${withRoles.code}/#open-roles"]`);
      await expect(badge.innerText()).resolves.toBe(`${withRoles.openRoles} role${withRoles.openRoles === 1 ? '' : 's'}`);
      await badge.click();
      await page.waitForURL(`**/occupations/${withRoles.code}/#open-roles`);
      const section = page.locator('#open-roles');
      const box = await section.boundingBox();
      expect(box, 'the Open roles section is on screen').not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(-1);
      expect(box!.y).toBeLessThan(200);
      await expect(section.locator('#roles-list > li').count()).resolves.toBe(withRoles.openRoles);
    }
    await page.close();
  });

  it('sorts by projected openings, in the page with JavaScript and as a static page without it', async () => {
    const most = [...listOccupations()].sort((a, b) => (b.openings ?? -1) - (a.openings ?? -1))[0];
    const page = await open('/occupations/');
    await page.selectOption('select[name="sort"]', 'openings');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'openings');
    const firstVisible = () => page.$eval('tbody tr:not([hidden]) a', (a) => a.getAttribute('href'));
    expect(await firstVisible()).toBe(`/occupations/${most.code}/`);
    await page.close();
    const noScript = await open('/occupations/by-openings/', false);
    expect(await noScript.$eval('tbody tr a', (a) => a.getAttribute('href'))).toBe(`/occupations/${most.code}/`);
    await noScript.close();
  });

  it('filters by the home search query with JavaScript, and lists everything without it', async () => {
    const page = await open('/occupations/?q=nurse');
    const visible = await page.locator('table.cat tbody tr:not([hidden]) td:first-child a').allInnerTexts();
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.length).toBeLessThan(listOccupations().length);
    await page.close();

    const noJs = await open('/occupations/', false);
    await expect(noJs.locator('table.cat tbody tr').count()).resolves.toBe(listOccupations().length);
    await noJs.close();
  });
});

describe('occupation page', () => {
  it('"Load more" reveals the rest of the programs', async () => {
    const target = getOccupationPages().find((p) => p.code === '29-1141.00' && p.programs.length > 6) ?? getOccupationPages().find((p) => p.programs.length > 6);
    expect(target, 'an occupation with more than 6 region programs').toBeDefined();
    const total = target!.programs.length;
    const page = await open(`/occupations/${target!.code}/`);
    const cards = page.locator('#programs-list > li');
    await expect(cards.count()).resolves.toBe(total);
    await expect(cards.nth(5).isVisible()).resolves.toBe(true);
    await expect(cards.nth(6).isVisible()).resolves.toBe(false);

    const button = page.getByRole('button', { name: `Load more (${total - 6} remaining)` });
    await button.click();
    for (let i = 0; i < total; i++) await expect(cards.nth(i).isVisible()).resolves.toBe(true);
    await expect(button.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(target!.programs[6].title);
    await page.close();

    const noJs = await open(`/occupations/${target!.code}/`, false);
    await expect(noJs.locator('#programs-list > li:visible').count()).resolves.toBe(total);
    await expect(noJs.getByRole('button', { name: /Load more/ }).isVisible()).resolves.toBe(false);
    await noJs.close();
  });

  it('shows the region MSA annual median from the OEWS source file for 29-1141.00', async () => {
    const root = resolve(process.env.ATLAS_SOURCES || 'data/sources');
    const file = join(root, 'oews/derived-may2025-medians/oews_may2025_metro_medians_474occ.csv');
    if (!existsSync(file)) throw new Error(`OEWS metro medians not found at ${file}; set ATLAS_SOURCES to the release files folder.`);
    const rows = parse(readFileSync(file), { columns: true, bom: true }) as Record<string, string>[];
    const msa = atlasConfig.region.msa;
    const row = rows.find((r) => r.area_code.replace(/^0+/, '') === msa.code.replace(/^0+/, '') && r.soc_code === '29-1141');
    expect(row, `a row for ${msa.code} × 29-1141 in ${file}`).toBeDefined();
    const expected = `$${Number(row!.annual_median).toLocaleString('en-US')}`;

    const page = await open('/occupations/29-1141.00/');
    const wages = await page.locator('#wages').innerText();
    expect(wages).toContain(expected);
    expect(wages).toContain(msa.name);
    expect(wages).toMatch(/BLS OEWS May \d{4}/);
    await page.close();
  });

  it('is readable and navigable: one h1, ordered headings, skip link, attribution, safe external links', async () => {
    const page = await open('/occupations/29-1141.00/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('h1').count()).resolves.toBe(1);
    const levels = await page.locator('h1, h2, h3, h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1], `heading ${i} jumps a level`).toBeLessThanOrEqual(1));

    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe('#main');
    await expect(page.locator('main#main').count()).resolves.toBe(1);

    const footer = (await page.locator('footer').innerText()).replace(/\s+/g, ' ');
    expect(footer).toContain(
      'This site incorporates information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.',
    );
    for (const source of ['BLS OEWS', 'BLS Employment Projections', 'Classification of Instructional Programs']) expect(footer).toContain(source);
    const external = await page.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`));
    expect(external.length).toBeGreaterThan(4);
    for (const attrs of external) expect(attrs).toBe('_blank noopener');
    await page.close();
  });
});
