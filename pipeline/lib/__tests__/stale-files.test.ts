import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleSiblings } from '../stale-files.ts';

/** The id of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('removeStaleSiblings', () => {
  it('removes the temp files and folders of exited processes, journals included, and keeps those of running ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-stale-'));
    const dead = deadPid();
    for (const name of [`catalog.sqlite.tmp-${dead}`, `catalog.sqlite.tmp-${dead}-journal`, `catalog.sqlite.tmp-${process.pid}`, 'catalog.sqlite.tmp-notes', 'catalog.sqlite']) {
      writeFileSync(join(dir, name), '');
    }
    mkdirSync(join(dir, `dist.staging-${dead}`));
    expect(removeStaleSiblings(join(dir, 'catalog.sqlite'), '.tmp-').sort()).toEqual([`catalog.sqlite.tmp-${dead}`, `catalog.sqlite.tmp-${dead}-journal`]);
    expect(removeStaleSiblings(join(dir, 'dist'), '.staging-')).toEqual([`dist.staging-${dead}`]);
    expect(readdirSync(dir).sort()).toEqual(['catalog.sqlite', `catalog.sqlite.tmp-${process.pid}`, 'catalog.sqlite.tmp-notes']);
  });
});
