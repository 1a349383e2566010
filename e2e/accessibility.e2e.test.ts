import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from './browser.ts';
import { samplePages } from './page-sample.ts';

/** axe-core in real Chromium over every page type: WCAG 2.2 A and AA, zero violations. */

const site = useBuiltSite();
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per failing element, with axe's own fix summary, so a failure reads without a rerun. */
function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`);
      const more = v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : [];
      return [`  ${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}

/**
 * Legacy mode runs axe inside the page itself: the pages come from `browser.newPage()`, which cannot
 * open the extra page that the default mode needs, and none of them embeds a cross-origin frame.
 */
async function expectNoViolations(page: Page, label: string): Promise<void> {
  const { violations, passes } = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).analyze();
  expect(passes.length, `axe ran its checks on ${label}`).toBeGreaterThan(0);
  expect(violations.length, `axe violations on ${label}:\n${describeViolations(violations)}`).toBe(0);
}

describe('axe-core, WCAG 2.2 AA', () => {
  for (const { type, path } of samplePages(2)) {
    it(`${type} ${path}`, async () => {
      const page = await site.open(path);
      await expectNoViolations(page, path);
      await page.close();
    });
  }

  it('search with a query typed and results shown', async () => {
    const page = await site.open('/search/');
    await page.locator('#search-q').pressSequentially('nurse');
    await page.waitForFunction(() => document.querySelectorAll('#search-list > li').length > 0);
    await expectNoViolations(page, '/search/ after typing "nurse"');
    await page.close();
  });

  it('occupation page with every "Load more" list opened', async () => {
    const page = await site.open('/occupations/29-1141.00/');
    for (const button of await page.locator('button[data-more]').all()) await button.click();
    await expectNoViolations(page, '/occupations/29-1141.00/ with lists opened');
    await page.close();
  });

  for (const path of ['/occupations/31-1131.00/', '/interests/realistic/', '/occupations/training/up-to-1-year/', '/programs/133863-51.0909-3/']) {
    it(`${path} on a phone-sized screen (390 px)`, async () => {
      const page = await site.open(path, { viewport: { width: 390, height: 844 } });
      await expectNoViolations(page, `${path} at 390 px`);
      await page.close();
    });
  }

  it('home page on a phone-sized screen', async () => {
    const page = await site.open('/', { viewport: { width: 375, height: 740 } });
    await expectNoViolations(page, '/ at 375 px');
    await page.close();
  });
});
