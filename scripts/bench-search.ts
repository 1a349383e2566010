/**
 * `npm run bench:search`: every query in data/search/queries.csv typed into the built search page in
 * real Chromium, ranked exactly as visitors see it (all kinds, no filters). A hit is an occupation
 * result with the expected O*NET-SOC code at rank 1 (top-1) or within ranks 1–3 (top-3); a role or
 * program above it counts against it. Also reports bytes sent for the first query (Pagefind, its
 * WebAssembly, metadata, index chunks and the first page of results) and for later ones, and the
 * query time the page itself measures (search plus rendering the first page of results). Later queries
 * in one session reuse index chunks already loaded, so a sample is also run cold: each in a fresh
 * browser context, right after the first query.
 * Run `npm run build` first; `-- --verbose` also lists the queries whose hit is not first.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { chromium, type Page, type Request } from 'playwright-core';
import { assertDistBuilt, serveDist } from '../e2e/static-server.ts';

const queryFile = 'data/search/queries.csv';
const targets = { top3: 0.9, firstKb: 150, laterKb: 20, medianMs: 50 };
const coldSample = 20;
const verbose = process.argv.includes('--verbose');

interface Outcome {
  query: string;
  code: string;
  rank: number;
  top: string[];
  bytes: number;
  ms: number;
}

const queries = parse(readFileSync(queryFile), { columns: true, skip_empty_lines: true, trim: true }) as { query: string; code: string }[];
assertDistBuilt();
const server = await serveDist();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});

/** Types the query into the page, waits for its results and returns them with bytes and time. */
async function runQuery(page: Page, pending: Promise<number>[], query: string, code: string): Promise<Outcome> {
  pending.length = 0;
  const key = new URLSearchParams({ q: query }).toString();
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction((k) => document.querySelector<HTMLElement>('#search-results')?.dataset.for === k, key);
  const found = await page.$$eval('#search-list > li', (items) =>
    items.map((li) => `${li.querySelector('.b')?.textContent ?? ''} ${li.querySelector('.muted')?.textContent?.split(' ').pop() ?? ''}`),
  );
  const ms = await page.evaluate((k) => {
    const entries = performance.getEntriesByName('atlas-search') as PerformanceMeasure[];
    return entries.filter((e) => e.detail === k).at(-1)?.duration ?? NaN;
  }, key);
  const bytes = (await Promise.all(pending)).reduce((a, b) => a + b, 0);
  return { query, code, rank: found.indexOf(`Occupation ${code}`), top: found.slice(0, 3), bytes, ms };
}

/** A page on /search/ in a fresh browser context, counting bytes on the wire (headers + encoded body). */
async function openSearch(): Promise<{ page: Page; pending: Promise<number>[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
  const pending: Promise<number>[] = [];
  page.on('requestfinished', (request: Request) => {
    pending.push(request.sizes().then((s) => s.responseHeadersSize + s.responseBodySize, () => 0));
  });
  return { page, pending };
}

try {
  const session = await openSearch();
  const outcomes: Outcome[] = [];
  for (const { query, code } of queries) outcomes.push(await runQuery(session.page, session.pending, query, code));

  const cold: Outcome[] = [];
  for (let i = 1; i < queries.length; i += Math.ceil(queries.length / coldSample)) {
    const fresh = await openSearch();
    await runQuery(fresh.page, fresh.pending, queries[0].query, queries[0].code);
    cold.push(await runQuery(fresh.page, fresh.pending, queries[i].query, queries[i].code));
    await fresh.page.context().close();
  }

  const share = (test: (o: Outcome) => boolean) => outcomes.filter(test).length / outcomes.length;
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const top1 = share((o) => o.rank === 0);
  const top3 = share((o) => o.rank >= 0 && o.rank < 3);
  const [first, ...later] = outcomes;
  const laterBytes = later.map((o) => o.bytes);
  const kb = (bytes: number) => bytes / 1024;
  const medianMs = median(outcomes.map((o) => o.ms));
  const mark = (ok: boolean) => (ok ? '✓' : '✗');

  const misses = outcomes.filter((o) => (verbose ? o.rank !== 0 : o.rank < 0 || o.rank >= 3));
  if (misses.length) {
    console.log(`${verbose ? 'Not first' : 'Not in the top 3'} (${misses.length}):`);
    for (const o of misses) console.log(`  ${o.query.padEnd(28)} want ${o.code} (rank ${o.rank < 0 ? '>10' : o.rank + 1})  got ${o.top.join(' | ') || 'nothing'}`);
  }
  console.log('\n── bench:search ───────────────────────────────────────');
  console.log(`${outcomes.length} queries from ${queryFile}, all kinds, no filters, as the search page ranks them`);
  console.log(`Top-1 hit rate: ${(top1 * 100).toFixed(1)} %`);
  console.log(`Top-3 hit rate: ${(top3 * 100).toFixed(1)} %  (target ≥ ${targets.top3 * 100} %) ${mark(top3 >= targets.top3)}`);
  console.log(`First query ("${first.query}"): ${kb(first.bytes).toFixed(1)} KB transferred  (target ≤ ${targets.firstKb} KB) ${mark(kb(first.bytes) <= targets.firstKb)}`);
  console.log(`Second query ("${later[0].query}"): ${kb(later[0].bytes).toFixed(1)} KB transferred  (target ≤ ${targets.laterKb} KB) ${mark(kb(later[0].bytes) <= targets.laterKb)}`);
  console.log(
    `Later queries: median ${kb(median(laterBytes)).toFixed(1)} KB, 90th percentile ${kb([...laterBytes].sort((a, b) => a - b)[Math.floor(laterBytes.length * 0.9)]).toFixed(1)} KB, max ${kb(Math.max(...laterBytes)).toFixed(1)} KB ${mark(kb(median(laterBytes)) <= targets.laterKb)}`,
  );
  const coldBytes = cold.map((o) => o.bytes);
  console.log(
    `Later queries, cold (fresh browser after the first query, ${cold.length} sampled): median ${kb(median(coldBytes)).toFixed(1)} KB, max ${kb(Math.max(...coldBytes)).toFixed(1)} KB ${mark(kb(median(coldBytes)) <= targets.laterKb)}`,
  );
  console.log(`Query time (search + first page of results): median ${medianMs.toFixed(1)} ms, first ${first.ms.toFixed(0)} ms  (target ≤ ${targets.medianMs} ms) ${mark(medianMs <= targets.medianMs)}`);
} finally {
  await browser.close();
  await server.close();
}
