import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { getCompanyPages, getRolePages, type RolePage } from '../src/lib/catalog/index.ts';
import { taskSections } from '../src/lib/task-sections.ts';
import { useBuiltSite } from './browser.ts';

/** Roles, companies and editors' programs on the built site; `dist/` must come from the catalog `src/lib/catalog` reads. */

const site = useBuiltSite();
const roleAt = (href: string | null) => getRolePages().find((r) => `/roles/${r.slug}/` === href);

/** The source labels each list section shows, in order. */
async function labels(page: Page, section: string): Promise<string[]> {
  return page.locator(`${section} .src`).allInnerTexts();
}

/** Title, company, badges and source labels on a role page match the catalog. */
async function expectRolePage(page: Page, role: RolePage): Promise<void> {
  await expect(page.locator('h1').innerText()).resolves.toBe(role.title);
  await expect(page.locator('[data-pagefind-filter="company"]').innerText()).resolves.toBe(role.company.name);
  const badges = await page.locator('[aria-label="At a glance"] li').allInnerTexts();
  expect(badges).toEqual([role.category, role.employmentType, role.workLocationType, `${role.proficiency}% proficiency required`, role.location]);
  if (role.isExample) await expect(page.getByRole('note').innerText()).resolves.toContain('This is example content written by the Atlas team');
  for (const section of taskSections(role.lists)) await expect(labels(page, `#${section.id}`)).resolves.toEqual(section.groups.map((g) => g.label));
  await expect(labels(page, '#tools')).resolves.toEqual(role.lists.tools.map((g) => g.label));
}

describe('occupation → role → similar role', () => {
  it('follows the first Open Roles "Explore" to its role page, then a similar role', async () => {
    const page = await site.open('/occupations/11-9021.00/');
    const explore = page.locator('#open-roles a.go').first();
    const roleHref = await explore.getAttribute('href');
    const role = roleAt(roleHref);
    expect(role, `a role page behind ${roleHref}`).toBeDefined();
    await explore.click();
    await page.waitForURL(`**${roleHref}`);
    await expectRolePage(page, role!);
    expect(await labels(page, 'main')).toContain('From O*NET');

    await page.locator('a[href="#similar-roles"]').click();
    await page.waitForURL('**#similar-roles');
    const similar = page.locator('#similar-roles a.go').first();
    const nextHref = await similar.getAttribute('href');
    expect(nextHref).not.toBe(roleHref);
    const next = roleAt(nextHref);
    expect(next, `a role page behind ${nextHref}`).toBeDefined();
    await similar.click();
    await page.waitForURL(`**${nextHref}`);
    await expectRolePage(page, next!);
    await page.close();
  });

  it("labels a role's own responsibilities with its company and O*NET's once", async () => {
    const page = await site.open('/roles/mechanical-project-manager-power-design/');
    await expect(labels(page, '#tasks')).resolves.toEqual(['From Power Design']);
    await expect(labels(page, '#typical-tasks')).resolves.toEqual(['From O*NET']);
    await page.close();
  });
});

describe('Construction Managers (11-9021.00)', () => {
  it('shows the three Power Design roles and the editor-added HCC construction program', async () => {
    const page = await site.open('/occupations/11-9021.00/');
    const roles = await page.locator('#roles-list > li').allInnerTexts();
    expect(roles).toHaveLength(3);
    for (const card of roles) expect(card).toContain('Power Design');

    const hcc = page.locator('#programs-list > li:has(a[href="/programs/hcc-building-construction-technology/"])');
    await expect(hcc.locator('h3').innerText()).resolves.toMatch(/Construction/);
    await expect(hcc.innerText()).resolves.toContain('Hillsborough Community College');
    await expect(page.locator('#tools .src-cu').innerText()).resolves.toBe('Custom (Tampa Bay editors)');
    await page.close();
  });
});

describe('companies', () => {
  it('a company page lists its roles, reached from the home page', async () => {
    const company = getCompanyPages().find((c) => c.slug === 'power-design')!;
    const page = await site.open('/');
    await page.locator('section:has(#employers-h) a[href="/companies/"]').click();
    await page.waitForURL('**/companies/');
    await page.locator(`a[href="/companies/${company.slug}/"]`).click();
    await page.waitForURL(`**/companies/${company.slug}/`);
    await expect(page.locator('h1').innerText()).resolves.toBe(company.name);
    await expect(page.locator('#company-roles h3').allInnerTexts()).resolves.toEqual(company.roles.map((r) => r.title));
    await page.close();
  });
});

describe('role page', () => {
  it('opens the application in a new tab, renders no script from the description, and keeps headings in order', async () => {
    const role = getRolePages().find((r) => r.applicationUrl)!;
    const page = await site.open(`/roles/${role.slug}/`);
    const apply = page.getByRole('link', { name: /^Apply at / });
    await expect(apply.getAttribute('target')).resolves.toBe('_blank');
    await expect(apply.getAttribute('rel')).resolves.toBe('noopener');
    await expect(apply.getAttribute('href')).resolves.toMatch(/^https?:\/\//);
    const external = await page.locator('a[href^="http"]').evaluateAll((as) => as.map((a) => `${a.getAttribute('target')} ${a.getAttribute('rel')}`));
    for (const attrs of external) expect(attrs).toBe('_blank noopener');

    await expect(page.locator('#about .md').count()).resolves.toBe(1);
    await expect(page.locator('#about .md script').count()).resolves.toBe(0);
    expect(await page.locator('#about .md').innerHTML()).not.toMatch(/<script/i);

    const levels = await page.locator('h1, h2, h3, h4').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1], `heading ${i} jumps a level`).toBeLessThanOrEqual(1));
    await page.close();
  });
});
