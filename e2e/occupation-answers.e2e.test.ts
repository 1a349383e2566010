import { describe, expect, it } from 'vitest';
import { comparablePay, getOccupationPages, wageHeadline } from '../src/lib/catalog/index.ts';
import { headlineWords } from '../src/lib/wage-words.ts';
import { useBuiltSite } from './browser.ts';

/** What a visitor on a 390 px phone asks first, answered by the built pages in real Chromium. */

const site = useBuiltSite();
const phone = { width: 390, height: 844 };
const pages = new Map(getOccupationPages().map((p) => [p.code, p]));

describe('occupation pages on a phone', () => {
  it('open with #at-a-glance inside the first screen', async () => {
    for (const code of ['29-1141.00', '31-1131.00', '47-2111.00', '11-9021.00']) {
      const page = await site.open(`/occupations/${code}/`, { viewport: phone });
      const box = await page.locator('#at-a-glance').boundingBox();
      expect(box, code).not.toBeNull();
      expect(box!.y + box!.height, `${code}: bottom of at a glance`).toBeLessThanOrEqual(phone.height);
      await expect(page.locator('#at-a-glance').innerText()).resolves.toMatch(/Median pay[\s\S]*Time to train[\s\S]*Outlook/);
      await page.close();
    }
  });

  it('show registered nurses an associate’s or bachelor’s RN program first', async () => {
    const page = await site.open('/occupations/29-1141.00/', { viewport: phone });
    const first = page.locator('#programs-list > li').first();
    await expect(first.innerText()).resolves.toMatch(/Associate's degree|Bachelor's degree/);
    await expect(first.locator('a.go').getAttribute('href')).resolves.toMatch(/-51\.3801-(3|5)\/$/);
    await page.close();
  });

  it('lead nursing assistants to licensed practical nurses in #next-steps, with the region’s pay', async () => {
    const lpnPay = headlineWords(wageHeadline('29-2061'))!;
    expect(comparablePay(wageHeadline('29-2061'))).toBeGreaterThan(comparablePay(pages.get('31-1131.00')!.pay)!);
    const page = await site.open('/occupations/31-1131.00/', { viewport: phone });
    const lpn = page.locator('#next-steps li:has(a[href="/occupations/29-2061.00/"])').first();
    await expect(lpn.isVisible()).resolves.toBe(true);
    await expect(lpn.innerText()).resolves.toContain(lpnPay);
    await page.close();
  });
});

describe('ways in, most of them without JavaScript', () => {
  it('/interests/realistic/ lists electricians with pay and time to train', async () => {
    const page = await site.open('/interests/realistic/', { viewport: phone, javaScriptEnabled: false });
    const item = page.locator('#interest-list li:has(a[href="/occupations/47-2111.00/"])');
    await expect(item.innerText()).resolves.toMatch(/Electricians[\s\S]*\$[\d,]+ a year/);
    await page.close();
  });

  it('the catalog sorted by pay puts a higher median above a lower one', async () => {
    const page = await site.open('/occupations/by-pay/', { viewport: phone, javaScriptEnabled: false });
    const pays = (await page.locator('table.cat tbody tr').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.p ?? -1)))).filter((p) => p >= 0);
    expect(pays.length).toBeGreaterThan(500);
    expect(pays[0]).toBeGreaterThan(pays[pays.length - 1]);
    expect(pays).toEqual([...pays].sort((a, b) => b - a));
    const firstTwo = await page.locator('table.cat tbody tr td.pay').evaluateAll((cells) => cells.slice(0, 2).map((c) => Number(/\$([\d,]+)/.exec(c.textContent ?? '')![1].replace(/,/g, ''))));
    expect(firstTwo[0]).toBeGreaterThanOrEqual(firstTwo[1]);
    await page.close();
  });

  it('the catalog sorts by pay and filters by time to train in the page with JavaScript', async () => {
    const page = await site.open('/occupations/', { viewport: phone });
    await page.selectOption('select[name="sort"]', 'pay');
    await page.selectOption('select[name="tt"]', 'up-to-2-years');
    const shown = await page.locator('table.cat tbody tr:not([hidden])').evaluateAll((rows) =>
      rows.map((r) => ({ pay: Number((r as HTMLElement).dataset.p ?? -1), years: Number((r as HTMLElement).dataset.t) })),
    );
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.every((r) => r.years <= 2)).toBe(true);
    const pays = shown.map((r) => r.pay).filter((p) => p >= 0);
    expect(pays).toEqual([...pays].sort((a, b) => b - a));
    await expect(page.locator('[data-filter-status]').innerText()).resolves.toContain(`Showing ${shown.length.toLocaleString('en-US')} of`);
    await page.close();
  });

  it('the catalog filters by time to train as a static page', async () => {
    const page = await site.open('/occupations/training/up-to-1-year/', { viewport: phone, javaScriptEnabled: false });
    await expect(page.locator('table.cat tbody a[href="/occupations/31-1131.00/"]').count()).resolves.toBe(1);
    await expect(page.locator('table.cat tbody a[href="/occupations/29-1141.00/"]').count()).resolves.toBe(0);
    await page.close();
  });
});
