import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { headersFor, parseHeadersFile, type HeaderRule } from '../src/integrations/headers-file.ts';
import { distDir } from './static-server.ts';

/** The built `_headers` rules (hashes filled in by the build). */
export const siteHeaderRules = (): HeaderRule[] => parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

/**
 * Adds to every response from `siteUrl` the headers a static host would add from `_headers`, so Chromium
 * enforces the real CSP and framing rules, and collects CSP violations and page errors into `problems`.
 * `servedFrom`: where the requests really go, when `siteUrl`'s host name resolves only in Chromium
 * (`--host-resolver-rules`).
 */
export async function withSiteHeaders(context: BrowserContext, siteUrl: string, servedFrom?: string): Promise<string[]> {
  const rules = siteHeaderRules();
  await context.route(`${siteUrl}/**`, async (route) => {
    try {
      const response = await route.fetch(servedFrom ? { url: servedFrom + route.request().url().slice(siteUrl.length) } : undefined);
      const headers = { ...response.headers(), ...headersFor(rules, new URL(route.request().url()).pathname) };
      // route.fetch() hands back the decoded body.
      delete headers['content-encoding'];
      delete headers['content-length'];
      await route.fulfill({ response, headers });
    } catch (error) {
      // A late request (the favicon) may still be in flight when its test closes the page: nothing is left to check.
      if (!/context disposed|Target .*closed|has been closed/i.test(String(error))) throw error;
    }
  });
  const problems: string[] = [];
  context.on('console', (m) => m.text().includes('Content Security Policy') && problems.push(m.text()));
  context.on('weberror', (e) => problems.push(String(e.error())));
  return problems;
}
