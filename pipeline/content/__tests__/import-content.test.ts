import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atlasConfig } from '../../../atlas.config.ts';
import { createCatalog, insertRows } from '../../db/catalog-db.ts';
import { occupations, projections } from '../../db/schema/index.ts';
import { Problems } from '../../lib/problems.ts';
import type { StepContext } from '../../steps/context.ts';
import { importContent } from '../../steps/import-content.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const fixtures = join(import.meta.dirname, 'fixtures');
const folder = (name: string) => ({ contentDir: join(fixtures, name), repoRoot, publicDir: join(fixtures, 'public') });

let dir: string;
let ctx: StepContext;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-content-'));
  const db = await createCatalog(join(dir, 'catalog.sqlite'));
  insertRows(db, occupations, [
    ['29-1141.00', 'Registered Nurses'],
    ['29-2055.00', 'Surgical Technologists'],
  ].map(([code, title]) => ({ code, socCode: code.slice(0, 7), majorGroup: code.slice(0, 2), title, description: title })));
  insertRows(db, projections, [
    { socCode: '00-0000', title: 'Total, all occupations', occupationType: 'Summary', baseYear: 2024, targetYear: 2034, changePercent: 3.1, openingsAnnual: 18863.3 },
    { socCode: '29-2055', title: 'Surgical technologists', occupationType: 'Line item', baseYear: 2024, targetYear: 2034, changePercent: 6.5, openingsAnnual: 9.5 },
  ]);
  ctx = { db, root: dir, contentDir: join(dir, 'content'), outDir: dir, config: atlasConfig, problems: new Problems() };
});

afterEach(() => {
  ctx.db.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) => ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('importContent step', () => {
  it('writes companies, roles and both kinds of high-demand rows', () => {
    expect(importContent(ctx, folder('valid'))).toEqual({ companies: 1, roles: 1, high_demand: 3 });
    expect(ctx.problems.size).toBe(0);
    expect(ctx.db.prepare('SELECT occupation_code, basis, note FROM high_demand ORDER BY basis, occupation_code').all()).toEqual([
      { occupation_code: '29-1141.00', basis: 'curated', note: 'A top priority for training funds.' },
      { occupation_code: '29-2055.00', basis: 'curated', note: "Picked for steady hiring by the region's hospitals." },
      { occupation_code: '29-2055.00', basis: 'projections', note: '+6.5 % 2024–34, 9,500 openings a year' },
    ]);
    expect(ctx.db.prepare('SELECT skills, is_example FROM roles').get()).toEqual({ skills: '["Sterile technique","Surgical instrumentation"]', is_example: 0 });
  });

  it('adds every problem to the run and writes nothing', () => {
    expect(importContent(ctx, folder('unknown-soc'))).toEqual({});
    expect(ctx.problems.list.map((p) => [p.field, p.value])).toEqual([['soc_code', '29-9999.99']]);
    expect([count('companies'), count('roles'), count('high_demand')]).toEqual([0, 0, 0]);
  });
});
