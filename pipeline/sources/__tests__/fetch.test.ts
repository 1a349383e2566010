import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { USER_AGENT } from '../download.ts';
import { fetchSources, formatSummary, type FetchOptions } from '../fetch.ts';
import type { SourceFile, SourceRelease } from '../manifest.ts';

const plainBody = Buffer.from('SOC,Title\n11-1011,Chief Executives\n'.repeat(500));
const memberA = strToU8('O*NET-SOC Code\tTitle\n11-1011.00\tChief Executives\n');
const memberB = new Uint8Array(4096).map((_, i) => i % 251);
const zipBody = zipSync({
  'bundle/a.txt': memberA,
  'bundle/b.bin': memberB,
  'bundle/not-wanted.txt': strToU8('ignored'),
});

let server: Server;
let baseUrl: string;
const requests: { path: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', headers: req.headers });
    if (req.url === '/plain.csv' || req.url === '/other.csv') {
      res.writeHead(200, { 'content-length': plainBody.length }).end(plainBody);
    } else if (req.url === '/bundle.zip') {
      res.writeHead(200, { 'content-length': zipBody.length }).end(zipBody);
    } else if (req.url === '/truncated.xlsx') {
      // Announce more than is sent, then drop the connection, like a server going away mid-download.
      res.writeHead(200, { 'content-length': 100_000 });
      res.write(Buffer.alloc(1000, 7), () => res.destroy());
    } else {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

let root: string;
let logLines: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-fetch-'));
  logLines = [];
  requests.length = 0;
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function file(id: string, saveAs: string, extra: Partial<SourceFile> = {}): SourceFile {
  return { id, paths: [saveAs], saveAs, ...extra };
}

function release(id: string, path: string | null, files: SourceFile[]): SourceRelease {
  return {
    id,
    publisher: 'Test publisher',
    release: `Test release ${id}`,
    licence: 'Public domain',
    url: path === null ? null : `${baseUrl}${path}`,
    howToProvide: 'copy it from the test fixtures',
    files,
  };
}

function run(releases: SourceRelease[], options: Partial<FetchOptions> = {}) {
  return fetchSources({ root, releases, progress: false, log: (line) => logLines.push(line), ...options });
}

/** Every file under root, relative, so leftovers of any name show up. */
function filesUnderRoot(): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

describe('fetchSources', () => {
  it('saves a plain download with its exact bytes and identifies itself', async () => {
    const summary = await run([release('plain', '/plain.csv', [file('t:plain', 'deep/dir/plain.csv')])]);

    expect(summary.failures).toEqual([]);
    expect(readFileSync(join(root, 'deep/dir/plain.csv'))).toEqual(plainBody);
    expect(summary.saved).toEqual([{ id: 't:plain', saveAs: 'deep/dir/plain.csv', bytes: plainBody.length }]);
    expect(summary.totalBytes).toBe(plainBody.length);
    expect(requests[0].headers['user-agent']).toBe(USER_AGENT);
    expect(filesUnderRoot()).toEqual(['deep/dir/plain.csv']);
  });

  it('extracts the listed zip members to their saveAs paths and removes the zip', async () => {
    const summary = await run([
      release('zip', '/bundle.zip', [
        file('t:a', 'zip/a.txt', { member: 'bundle/a.txt' }),
        file('t:b', 'other/b.bin', { member: 'bundle/b.bin' }),
      ]),
    ]);

    expect(summary.failures).toEqual([]);
    expect(new Uint8Array(readFileSync(join(root, 'zip/a.txt')))).toEqual(memberA);
    expect(new Uint8Array(readFileSync(join(root, 'other/b.bin')))).toEqual(memberB);
    expect(filesUnderRoot()).toEqual(['other/b.bin', 'zip/a.txt']);
    expect(summary.saved.map((saved) => saved.bytes)).toEqual([memberA.length, memberB.length]);
  });

  it('reports an HTTP error with status and URL, leaves nothing behind and goes on', async () => {
    const summary = await run([
      release('gone', '/gone.csv', [file('t:gone', 'gone/gone.csv')]),
      release('gone-zip', '/gone.zip', [file('t:gone-zip', 'gone/z.txt', { member: 'z.txt' })]),
      release('plain', '/plain.csv', [file('t:plain', 'plain.csv')]),
    ]);

    expect(summary.failures.map((failure) => failure.releaseId)).toEqual(['gone', 'gone-zip']);
    expect(summary.failures[0].message).toContain(`${baseUrl}/gone.csv`);
    expect(summary.failures[0].message).toContain('404');
    expect(summary.failures[1].message).toContain(`${baseUrl}/gone.zip`);
    expect(summary.failures.every((failure) => failure.required)).toBe(true);
    expect(filesUnderRoot()).toEqual(['plain.csv']);
  });

  it('reports a truncated download and leaves no partial file', async () => {
    const summary = await run([release('cut', '/truncated.xlsx', [file('t:cut', 'cut/cut.xlsx')])]);

    expect(summary.saved).toEqual([]);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0].message).toContain(`${baseUrl}/truncated.xlsx`);
    expect(summary.failures[0].message).toMatch(/download cut short after \d+ B of 97\.7 KB/);
    expect(filesUnderRoot()).toEqual([]);
  });

  it('with onlyMissing skips files present under any accepted path without requesting them', async () => {
    const existing = file('t:existing', 'have/plain.csv', { paths: ['have/plain.tsv', 'have/plain.csv'] });
    mkdirSync(join(root, 'have'));
    writeFileSync(join(root, 'have/plain.tsv'), 'kept');

    const summary = await run(
      [release('existing', '/plain.csv', [existing]), release('missing', '/other.csv', [file('t:m', 'm.csv')])],
      { onlyMissing: true },
    );

    expect(requests.map((request) => request.path)).toEqual(['/other.csv']);
    expect(summary.present).toEqual([existing]);
    expect(readFileSync(join(root, 'have/plain.tsv'), 'utf8')).toBe('kept');
    expect(filesUnderRoot()).toEqual(['have/plain.tsv', 'm.csv']);
  });

  it('reports a zip member that is not in the archive, naming member and URL, and keeps the others', async () => {
    const summary = await run([
      release('zip', '/bundle.zip', [
        file('t:a', 'zip/a.txt', { member: 'bundle/a.txt' }),
        file('t:absent', 'zip/absent.txt', { member: 'bundle/absent.txt' }),
      ]),
    ]);

    expect(summary.saved.map((saved) => saved.id)).toEqual(['t:a']);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0].message).toContain('"bundle/absent.txt"');
    expect(summary.failures[0].message).toContain(`${baseUrl}/bundle.zip`);
    expect(summary.failures[0].message).toContain('bundle/not-wanted.txt');
    expect(filesUnderRoot()).toEqual(['zip/a.txt']);
  });

  it('reports missing files of releases without a URL as not fetchable', async () => {
    const summary = await run([release('by-hand', null, [file('t:hand', 'hand/h.csv', { optional: true })])]);

    expect(requests).toEqual([]);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0].required).toBe(false);
    expect(summary.failures[0].message).toMatch(/^Not fetchable: Missing source file hand\/h\.csv/);
    expect(summary.failures[0].message).toContain('copy it from the test fixtures');
  });

  it('leaves optional files out when includeOptional is false', async () => {
    const summary = await run([release('opt', '/plain.csv', [file('t:opt', 'opt.csv', { optional: true })])], {
      includeOptional: false,
    });

    expect(requests).toEqual([]);
    expect(summary.saved).toEqual([]);
    expect(summary.failures).toEqual([]);
  });

  it('logs plain start and done lines without carriage returns when not on a terminal', async () => {
    await run([release('plain', '/plain.csv', [file('t:plain', 'plain.csv')])]);

    expect(logLines).toEqual([`Downloading ${baseUrl}/plain.csv (17.1 KB)`, `Downloaded ${baseUrl}/plain.csv (17.1 KB)`]);
    expect(logLines.join('\n')).not.toContain('\r');
  });
});

describe('formatSummary', () => {
  it('lists saved files with sizes and the total, and splits required errors from optional warnings', async () => {
    const summary = await run([
      release('plain', '/plain.csv', [file('t:plain', 'plain.csv')]),
      release('gone', '/gone.csv', [file('t:gone', 'gone.csv')]),
      release('gone-opt', '/gone-opt.csv', [file('t:gone-opt', 'gone-opt.csv', { optional: true })]),
    ]);

    const { report, errors, warnings } = formatSummary(summary);

    expect(report).toEqual([`Saved under ${root}:`, '  plain.csv  17.1 KB', '1 file(s), 17.1 KB in total']);
    expect(errors).toEqual([`error: ${baseUrl}/gone.csv: HTTP 404 Not Found [gone.csv]`]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^warning: .*gone-opt\.csv: HTTP 404 Not Found \[gone-opt\.csv\] \(optional/);
  });
});

describe('fetchSources verifying downloads', () => {
  const sound = { headers: ['SOC', 'Title'], rows: { min: 1, max: 1_000 } };

  it('never lets a download that fails verification replace a good cached copy', async () => {
    mkdirSync(join(root, 'cache'));
    const cached = 'SOC,Title\n29-1141,Registered Nurses\n';
    writeFileSync(join(root, 'cache/plain.csv'), cached);
    // The server's plain.csv has 999 data rows (its two lines repeated): more than a sound copy may have.
    const summary = await run([release('plain', '/plain.csv', [file('t:plain', 'cache/plain.csv', { expect: { ...sound, rows: { min: 1, max: 10 } } })])]);

    expect(summary.saved).toEqual([]);
    expect(summary.failures).toHaveLength(1);
    expect(summary.failures[0].message).toContain('not a sound copy, so it was not saved (any earlier copy is kept)');
    expect(summary.failures[0].message).toContain('cache/plain.csv data rows: got "999", expected 1 to 10 data rows');
    expect(readFileSync(join(root, 'cache/plain.csv'), 'utf8')).toBe(cached);
    expect(filesUnderRoot()).toEqual(['cache/plain.csv']);
  });

  it('refuses a zip member without the required headers and keeps the sound members', async () => {
    const summary = await run([
      release('zip', '/bundle.zip', [
        file('t:a', 'zip/a.txt', { member: 'bundle/a.txt', expect: { headers: ['O*NET-SOC Code', 'Title'], rows: { min: 1, max: 1 } } }),
        file('t:other', 'zip/other.txt', { member: 'bundle/not-wanted.txt', expect: { headers: ['O*NET-SOC Code'], rows: { min: 1, max: 1 } } }),
      ]),
    ]);

    expect(summary.saved.map((saved) => saved.id)).toEqual(['t:a']);
    expect(summary.failures.map((failure) => failure.message)).toEqual([
      expect.stringMatching(/bundle\/not-wanted\.txt: the download is not a sound copy[\s\S]*zip\/other\.txt:1 expected a header row with "O\*NET-SOC Code"/),
    ]);
    expect(filesUnderRoot()).toEqual(['zip/a.txt']);
  });
});
