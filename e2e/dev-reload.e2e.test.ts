import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './decap-server.ts';
import { resolvePaths } from '../pipeline/paths.ts';

/**
 * `npm run dev` picks up a content edit by itself: the dev server, on a copy of the content and of the
 * catalog, shows a changed company description after the edit, without a restart; a broken edit keeps
 * the last good page.
 */

let dir: string;
let server: ChildProcess;
let url: string;
let output = '';

async function waitFor<T>(what: string, read: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`${what} within ${timeoutMs} ms; dev server said:\n${output.slice(-3000)}`);
    await new Promise((done) => setTimeout(done, 500));
  }
}

/** The environment without vitest's own variables, which would make the dev server behave as under test. */
const outsideVitest = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name)));

const companyPage = () => fetch(`${url}/companies/baycare/`).then((r) => (r.ok ? r.text() : undefined));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-dev-reload-'));
  cpSync(resolvePaths().contentDir, join(dir, 'content'), { recursive: true });
  copyFileSync(resolvePaths().catalogPath, join(dir, 'catalog.sqlite'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...outsideVitest(), ATLAS_CONTENT: join(dir, 'content'), ATLAS_CATALOG: join(dir, 'catalog.sqlite') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk));
  await waitFor('the dev server serving the company page', companyPage, 90_000);
}, 120_000);

afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run dev', () => {
  it('shows a content edit without a restart, and keeps the last good content when an edit has problems', async () => {
    const file = join(dir, 'content/companies/baycare.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('headquartered in Clearwater.', 'headquartered in Clearwater. Edited while the server ran.'));
    await waitFor('the edited description on the page', async () => ((await companyPage())?.includes('Edited while the server ran.') ? true : undefined), 90_000);

    writeFileSync(file, original.replace('trusted_partner: false', 'trusted_partner: maybe'));
    await waitFor('the problem in the dev server output', async () => (output.includes('trusted_partner: got "maybe", expected true or false') ? true : undefined), 90_000);
    expect(await companyPage()).toContain('Edited while the server ran.');
  }, 200_000);
});
