import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { assertDistBuilt, serveDist } from './static-server.ts';

export interface OpenOptions {
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
}

/**
 * The built site in real Chromium for one test file: serves `dist/` and launches the browser before
 * its tests, closes both after. `open` fails the test unless the page answers 200.
 */
export function useBuiltSite(): { open: (path: string, options?: OpenOptions) => Promise<Page> } {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;

  beforeAll(async () => {
    assertDistBuilt();
    server = await serveDist();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    async open(path, { javaScriptEnabled = true, viewport = { width: 1280, height: 900 } } = {}) {
      const page = await browser.newPage({ javaScriptEnabled, viewport });
      const response = await page.goto(server.url + path);
      expect(response?.status(), `GET ${path}`).toBe(200);
      return page;
    },
  };
}
