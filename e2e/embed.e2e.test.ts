import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type ElementHandle, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOccupationPages, getRolePages } from '../src/lib/catalog/index.ts';
import { oewsVintage } from '../src/lib/wage-words.ts';
import { withSiteHeaders } from './embed-headers.ts';
import { assertDistBuilt, serveDist } from './static-server.ts';

/**
 * embed.js in real Chromium, across two origins: the built site on one port (with the headers its
 * `_headers` file gives static hosts), a workforce board's page on another.
 */

const occupations = getOccupationPages();
const withWages = occupations.find((p) => p.code === '29-1141.00') ?? occupations.find((p) => p.wages.primary)!;
const other = occupations.find((p) => p.code !== withWages.code && p.roles.length > 0) ?? occupations[1];
const role = getRolePages()[0];

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
let host: { url: string; close: () => Promise<void> };

/** The board's pages: both embed forms, plus frames embed.js did not create, to show their messages are ignored. */
function hostPages(siteUrl: string): Record<string, string> {
  const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Board</title></head><body style="margin:0">${body}</body></html>`;
  return {
    '/': page(`
      <h1>Careers in our county</h1>
      <a id="by-link" data-atlas-embed href="${siteUrl}/occupations/${withWages.code}/">${withWages.title}</a>
      <div id="by-code" data-atlas-occupation="${other.code}" data-theme="dark" data-accent="#b45309"></div>
      <div id="by-role" data-atlas-role="${role.slug}"></div>
      <iframe id="foreign" src="${siteUrl}/embed/occupations/${withWages.code}/"></iframe>
      <iframe id="child" src="/child.html"></iframe>
      <script src="${siteUrl}/embed.js"></script>`),
    // A frame on the board's own origin that pretends to be a card.
    '/child.html': page(`<button id="fake" onclick="parent.postMessage({ atlasEmbed: 'height', height: 999 }, '*')">resize</button>`),
    '/framed-profile.html': page(`<iframe id="profile" src="${siteUrl}/occupations/${withWages.code}/"></iframe>`),
  };
}

async function serveHost(pages: (url: string) => Record<string, string>): Promise<{ url: string; close: () => Promise<void> }> {
  let routes: Record<string, string> = {};
  const server: Server = createServer((req, res) => {
    const body = routes[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  routes = pages(url);
  return { url, close: () => new Promise((done) => server.close(() => done())) };
}

/** A page whose site responses carry the `_headers` headers, recording CSP violations and errors. */
async function openRecording(path: string, base = site.url): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const violations = await withSiteHeaders(context, site.url);
  const page = await context.newPage();
  await page.goto(base + path);
  return { page, violations };
}

const height = (frame: ElementHandle) => frame.evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);
const contentHeight = async (frame: ElementHandle) =>
  (await frame.contentFrame())!.evaluate(() => document.documentElement.getBoundingClientRect().height);

beforeAll(async () => {
  assertDistBuilt();
  site = await serveDist();
  host = await serveHost(() => hostPages(site.url));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
});

describe('embed.js on another origin', () => {
  it('replaces both embed forms with the card and fits each iframe to its content', async () => {
    const { page, violations } = await openRecording('/', host.url);
    const frames = page.locator('iframe[src*="/embed/"]:not(#foreign)');
    await expect.poll(() => frames.count()).toBe(3);
    const expected = [withWages.title, other.title, role.title];
    for (const [i, title] of expected.entries()) {
      // Chromium pauses rendering (and so ResizeObserver) in cross-origin frames off screen; cards fit when seen.
      await frames.nth(i).scrollIntoViewIfNeeded();
      const frame = (await frames.nth(i).elementHandle())!;
      await expect.poll(async () => (await frame.contentFrame())?.locator('h1').innerText().catch(() => ''), { timeout: 10_000 }).toBe(title);
      await expect.poll(async () => Math.abs((await height(frame)) - (await contentHeight(frame))), { timeout: 10_000 }).toBeLessThanOrEqual(2);
      expect(await height(frame)).not.toBe(440);
    }
    const dark = (await (await frames.nth(1).elementHandle())!.contentFrame())!;
    await expect(dark.evaluate(() => [document.documentElement.dataset.theme, getComputedStyle(document.documentElement).getPropertyValue('--accent')])).resolves.toEqual(['dark', '#b45309']);
    await expect(dark.locator('a.view').getAttribute('target')).resolves.toBe('_blank');
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('ignores height messages from the host origin and from frames it did not create', async () => {
    const { page } = await openRecording('/', host.url);
    const card = (await page.locator('iframe[src*="/embed/"]:not(#foreign)').first().elementHandle())!;
    await expect.poll(async () => Math.abs((await height(card)) - (await contentHeight(card))), { timeout: 10_000 }).toBeLessThanOrEqual(2);
    const before = await height(card);

    await page.evaluate(() => window.postMessage({ atlasEmbed: 'height', height: 999 }, '*'));
    await page.frameLocator('#child').locator('#fake').click();
    await page.waitForTimeout(500);
    expect(await height(card)).toBe(before);
    // The card framed by the board itself posts real heights from the site's origin, but embed.js did not create it.
    expect(await page.locator('#foreign').evaluate((f) => f.clientHeight)).toBe(150);

    // And it still listens: a narrower card is taller, and the frame follows.
    await card.scrollIntoViewIfNeeded();
    await card.evaluate((f) => ((f as HTMLIFrameElement).style.maxWidth = '280px'));
    await expect.poll(async () => height(card), { timeout: 10_000 }).toBeGreaterThan(before);
    await expect.poll(async () => Math.abs((await height(card)) - (await contentHeight(card)))).toBeLessThanOrEqual(2);
    await page.context().close();
  });

  it('site pages refuse to be framed (the cards above may be)', async () => {
    const { page, violations } = await openRecording('/framed-profile.html', host.url);
    await expect.poll(() => violations.some((v) => v.includes("frame-ancestors 'none'"))).toBe(true);
    const frame = await (await page.locator('#profile').elementHandle())!.contentFrame();
    await expect(frame!.locator('body').innerText()).resolves.not.toContain(withWages.title);
    await page.context().close();
  });
});

describe('embed cards', () => {
  it('are readable without JavaScript, with the attribution and a new-tab link to the profile', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/embed/occupations/${withWages.code}/`);
    await expect(page.locator('h1').innerText()).resolves.toBe(withWages.title);
    const text = await page.locator('body').innerText();
    if (withWages.wages.primary) expect(text).toContain(oewsVintage(withWages.wages.primary.year));
    expect(text).toMatch(/O\*NET \d+\.\d+ by USDOL\/ETA/);
    expect(text).toContain('CC BY 4.0');
    const view = page.getByRole('link', { name: /View full profile/ });
    await expect(view.getAttribute('href')).resolves.toBe(`/occupations/${withWages.code}/`);
    await expect(view.getAttribute('target')).resolves.toBe('_blank');
    await page.close();
  });

  it('take only a hex accent', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/embed/occupations/${withWages.code}/?theme=dark&accent=red;background:url(x)`);
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim())).resolves.toBe('#1e40af');
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await page.close();
  });
});
