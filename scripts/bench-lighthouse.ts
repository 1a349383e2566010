/**
 * Lighthouse (its default mobile run: Moto G-class CPU slowdown and simulated slow 4G) on the built
 * site served from 127.0.0.1, in Debian's Chromium, on two occupations, a role, the catalog (A–Z and by pay), an interests page and a program.
 * Prints the four category scores per page against the budgets, and each failing audit. Called by
 * `npm run bench:site` after the build; `npm run bench:lighthouse` runs it alone on the current `dist/`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from '../e2e/static-server.ts';
import { pageTypes } from './page-weight.ts';

const budgets = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof budgets;
const categories = Object.keys(budgets) as Category[];

export interface LighthouseResult {
  path: string;
  scores: Record<Category, number>;
  /** Audits that cost points, with Lighthouse's own title and the value it measured. */
  failing: string[];
  met: boolean;
}

export async function runLighthouse(dist: string): Promise<LighthouseResult[]> {
  const role = pageTypes(dist).find((p) => p.type === 'role');
  const program = pageTypes(dist).find((p) => p.type === 'program');
  const paths = ['/occupations/29-1141.00/', '/occupations/31-1131.00/', ...(role ? [role.path] : []), '/occupations/', '/occupations/by-pay/', '/interests/realistic/', ...(program ? [program.path] : [])];
  const server = await serveDist(resolve(dist));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const path of paths) {
      const run = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { lhr } = run;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
      const failing = categories.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${lhr.audits[ref.id].title}${lhr.audits[ref.id].displayValue ? ` (${lhr.audits[ref.id].displayValue})` : ''}`),
      );
      results.push({ path, scores, failing, met: categories.every((c) => scores[c] >= budgets[c]) });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return results;
}

export function printLighthouse(results: LighthouseResult[]): void {
  console.log('Lighthouse (mobile, simulated throttling), budgets: performance ≥ 98, accessibility, best practices and SEO 100:');
  for (const r of results) {
    const scores = categories.map((c) => `${c} ${r.scores[c]}${r.scores[c] >= budgets[c] ? '' : ' ✗'}`).join(', ');
    console.log(`  ${r.path.padEnd(52)} ${scores}  ${r.met ? '✓' : '✗'}`);
    for (const f of r.failing) console.log(`      ${f}`);
  }
}

if (import.meta.main) {
  const dist = process.env.ATLAS_DIST || 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No built site at ${resolve(dist)}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const results = await runLighthouse(dist);
  printLighthouse(results);
  process.exit(results.every((r) => r.met) ? 0 : 1);
}
