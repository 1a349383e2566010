import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { blsTopCode } from '../pipeline/constants.ts';
import { getOccupationPages, type OccupationPage, type WageArea } from '../src/lib/catalog/index.ts';
import { useBuiltSite } from './browser.ts';
import { distFile } from './page-sample.ts';

/**
 * One model, four views: for 50 occupations the wages section, the embed card, the "wages in another
 * area" selector (set to the area the page leads with) and the occupation's API file give the same
 * median pay, and the page's table and the selector's table the same cells and notes.
 */

const site = useBuiltSite();

/** Every dollar amount in a text, as numbers: `$85,470 a year · $41.09/hr` → [85470, 41.09]. */
const amounts = (text: string) => [...text.matchAll(/\$([\d,]+(?:\.\d+)?)/g)].map((m) => Number(m[1].replaceAll(',', '')));

/** Every 20th occupation with wages and a selector, and the group and fallback cases among them. */
function sample(): OccupationPage[] {
  const withPicker = getOccupationPages().filter((p) => p.wages.primary && p.wageAreaCount > (p.wages.national ? 2 : 1));
  const special = ['13-1023.00', '25-2021.00', '35-2011.00', '29-1141.00', '15-1252.00'].map((c) => withPicker.find((p) => p.code === c)).filter((p) => p !== undefined);
  const every = withPicker.filter((_, i) => i % Math.floor(withPicker.length / 45) === 0);
  return [...new Set([...special, ...every])].slice(0, 50);
}

type Element = ReturnType<typeof DomUtils.findAll>[number];

const read = (path: string) => parseDocument(readFileSync(distFile(path), 'utf8')).children;
const first = (nodes: Element['children'], test: (e: Element) => boolean) => DomUtils.findOne(test, nodes)!;
const text = (node: Element) => DomUtils.textContent(node).replace(/\s+/g, ' ').trim();
/** The cells of a wage table's body, row by row. */
const cells = (table: Element) => DomUtils.findAll((e) => e.name === 'td' || e.name === 'th', DomUtils.getElementsByTagName('tbody', [table])).map(text);

/** The built page's headline median, its first wage table (the area it leads with) and the line under it. */
function pageView(code: string) {
  const wages = first(read(`/occupations/${code}/`), (e) => e.attribs.id === 'wages');
  const headline = first([wages], (e) => e.attribs['data-wage-headline'] !== undefined);
  return {
    median: amounts(text(first([headline], (e) => e.name === 'strong'))),
    table: [...cells(first([wages], (e) => e.name === 'table')), text(first([wages], (e) => e.name === 'p' && text(e).startsWith('Source:')))],
  };
}

/** The built embed card's median pay. */
function cardMedian(code: string): number[] {
  const label = first(read(`/embed/occupations/${code}/`), (e) => e.name === 'dt' && text(e).startsWith('Median pay'));
  return amounts(text(DomUtils.nextElementSibling(label)!));
}

/** The API file's median pay of the area the page leads with: the numbers, or the top-code where a `#` stands. */
function apiMedians(code: string): number[] {
  const primary: WageArea = JSON.parse(readFileSync(distFile(`/api/v1/occupations/${code}.json`), 'utf8')).wages.primary;
  return (['annual', 'hourly'] as const)
    .map((unit) => primary[unit].median ?? (primary.footnotes[`${unit}.median`] === '#' ? blsTopCode[unit] : null))
    .filter((v) => v !== null);
}

describe('wages: one model, four views', () => {
  const occupations = sample();

  it('samples 50 occupations, among them a broad-group fallback and an area fallback', () => {
    expect(occupations).toHaveLength(50);
    expect(occupations.some((p) => p.wages.group)).toBe(true);
    expect(occupations.some((p) => p.wages.gaps.length > 0 && !p.wages.group)).toBe(true);
  });

  it('page, embed card, area selector and API give the same median pay', { timeout: 300_000 }, async () => {
    const mismatches: string[] = [];
    for (const occupation of occupations) {
      const primary = occupation.wages.primary!;
      const page = await site.open(`/occupations/${occupation.code}/`);
      await page.getByRole('button', { name: 'Compare another area' }).click();
      const value = await page.locator('#wage-areas option', { hasText: primary.areaName }).first().getAttribute('value');
      await page.getByLabel('Area').selectOption(value!);
      const picker = amounts(await page.locator('#wage-areas strong').innerText());
      const pickerTable = [
        ...(await page.locator('#wage-areas tbody').locator('th, td').allInnerTexts()).map((t) => t.trim()),
        await page.locator('#wage-areas p', { hasText: /^Source:/ }).innerText(),
      ];
      await page.close();

      const built = pageView(occupation.code);
      const api = apiMedians(occupation.code);
      if (api.length === 0 || built.table.length === 0) mismatches.push(`${occupation.code}: no median or table to compare`);
      const views = { page: built.median, card: cardMedian(occupation.code), picker, api };
      for (const [view, numbers] of Object.entries(views)) {
        if (JSON.stringify(numbers) !== JSON.stringify(api)) mismatches.push(`${occupation.code} ${view}: ${numbers.join(', ')} vs API ${api.join(', ')}`);
      }
      if (JSON.stringify(built.table) !== JSON.stringify(pickerTable)) mismatches.push(`${occupation.code}: page table ${built.table.join(' | ')} vs selector ${pickerTable.join(' | ')}`);
    }
    expect(mismatches).toEqual([]);
  });
});
