import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkWritable, publishStaging, recoverLeftovers, stagingDirFor } from '../publish-site.ts';

let dir: string;
let dist: string;
const site = (path: string, text: string) => {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), text);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-publish-'));
  dist = join(dir, 'dist');
});

describe('publishStaging', () => {
  it('swaps the staging folder in and deletes the old site', () => {
    site(dist, 'old');
    site(stagingDirFor(dist), 'new');
    expect(publishStaging(stagingDirFor(dist), dist)).toBeNull();
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['dist']);
  });
});

describe('recoverLeftovers', () => {
  it('moves back the old site of a build killed between its two renames, and clears dead builds’ folders', () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    site(join(dir, `dist.previous-${dead}`), 'old');
    site(join(dir, `dist.staging-${dead}`), 'half');
    writeFileSync(join(dir, `catalog.sqlite.tmp-${dead}`), '');
    const log: string[] = [];
    recoverLeftovers(dist, join(dir, 'catalog.sqlite'), (line) => log.push(line));
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(log).toEqual([`Restored dist/ from dist.previous-${dead}, left by a build stopped while swapping sites.`, `Removed 2 folder(s) left by stopped builds: dist.staging-${dead}, catalog.sqlite.tmp-${dead}`]);
  });
});

describe('checkWritable', () => {
  it('accepts a writable folder and leaves no probe behind', () => {
    site(dist, 'old');
    expect(checkWritable(dist)).toBeNull();
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(readdirSync(dist)).toEqual(['index.html']);
  });

  it('names a folder the site cannot be staged in, and what to do', () => {
    expect(existsSync('/sys')).toBe(true);
    expect(checkWritable('/sys/atlas-dist')).toMatch(/^\/sys is not writable \(E[A-Z]+\), so the new site cannot be built beside atlas-dist\/ and swapped in\. Make the folder writable/);
  });
});
