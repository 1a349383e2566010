import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import tampaBay from '../../../editions/tampa-bay/edition.ts';
import { createCatalog, createCatalogOrm, insertRows } from '../../db/catalog-db.ts';
import { cipCodes, institutions, occupationRowOf, occupations, programs, projections, tasks, tools } from '../../db/schema/index.ts';
import { Problems } from '../../lib/problems.ts';
import { applyHighDemandRule } from '../../steps/apply-high-demand-rule.ts';
import { applyProgramEdits } from '../../steps/apply-program-edits.ts';
import type { StepContext, StepResult } from '../../steps/context.ts';
import { importContent } from '../../steps/import-content.ts';
import { importEnrichments } from '../../steps/import-enrichments.ts';
import { mergeOverrides } from '../../steps/merge-overrides.ts';
import { EXPIRED_REPORT } from '../expired-roles.ts';

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
  ].map(([code, title]) => occupationRowOf({ code, title, description: title })));
  insertRows(db, projections, [
    { socCode: '00-0000', title: 'Total, all occupations', occupationType: 'Summary', baseYear: 2024, targetYear: 2034, changePercent: 3.1, openingsAnnual: 18863.3 },
    { socCode: '29-2055', title: 'Surgical technologists', occupationType: 'Line item', baseYear: 2024, targetYear: 2034, changePercent: 6.5, openingsAnnual: 9.5 },
  ]);
  insertRows(db, institutions, [
    { unitid: 137351, name: 'University of South Florida', city: 'Tampa', state: 'FL' },
    { unitid: 134495, name: 'Hillsborough Community College', city: 'Tampa', state: 'FL' },
  ]);
  insertRows(db, cipCodes, [
    ['51.3801', 'Registered Nursing/Registered Nurse'],
    ['51.0909', 'Surgical Technology/Technologist'],
  ].map(([code, title]) => ({ code, digits: 6, family: '51', title, definition: title, action: 'No substantive changes', active: true })));
  // As the education step writes them: the IPEDS columns only.
  insertRows(db, programs, [{ id: '137351-51.3801-5', unitid: 137351, cipCode: '51.3801', awardLevel: 5 }]);
  insertRows(db, tasks, [
    { taskId: 1, occupationCode: '29-2055.00', task: 'Maintain a sterile field.', taskType: 'Core' },
    { taskId: 2, occupationCode: '29-2055.00', task: 'Count sponges, needles, and instruments.', taskType: 'Supplemental' },
  ]);
  insertRows(db, tools, [{ occupationCode: '29-2055.00', kind: 'tool', example: 'Surgical retractors', commodityCode: 42295400, commodityTitle: 'Surgical retractors' }]);
  // No refinements: the committed cache refines real occupations this fixture catalog lacks.
  ctx = { db, orm: createCatalogOrm(db), root: dir, contentDir: join(dir, 'content'), enrichmentDir: join(dir, 'enrichment'), outDir: dir, config: tampaBay, problems: new Problems() };
});

afterEach(() => {
  ctx.db.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) => ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

/** The content stages in `run.ts`'s order, each handing its rows to the next; what each wrote. */
function importAll(options: ReturnType<typeof folder>): StepResult[] {
  const content = importContent(ctx, options);
  const checked = applyHighDemandRule(ctx, content.handOn);
  const edits = applyProgramEdits(ctx, checked.handOn);
  const refined = importEnrichments(ctx, checked.handOn);
  return [content.written, checked.written, edits, refined.written, mergeOverrides(ctx, refined.handOn)];
}

describe('importContent and the content stages after it', () => {
  it('writes companies, roles and both kinds of high-demand rows', () => {
    expect(importAll(folder('valid'))).toEqual([
      { companies: 1, roles: 1, high_demand: 2, roles_expired: 0 },
      { high_demand: 1 },
      { programs_edited: 1, programs_added: 1 },
      { enrichments: 0 },
      { effective_items: 15 },
    ]);
    expect(ctx.problems.size).toBe(0);
    expect(ctx.db.prepare('SELECT occupation_code, basis, note FROM high_demand ORDER BY basis, occupation_code').all()).toEqual([
      { occupation_code: '29-1141.00', basis: 'curated', note: 'A top priority for training funds.' },
      { occupation_code: '29-2055.00', basis: 'curated', note: "Picked for steady hiring by the region's hospitals." },
      { occupation_code: '29-2055.00', basis: 'projections', note: '+6.5 % 2024–34, about 9,500 openings a year' },
    ]);
    expect(ctx.db.prepare('SELECT skills, is_example FROM roles').get()).toEqual({ skills: '["Sterile technique","Surgical instrumentation"]', is_example: 0 });
  });

  it('corrects the IPEDS program a file targets and adds the one a file without ipeds_id describes', () => {
    importAll(folder('valid'));
    expect(ctx.problems.size).toBe(0);
    expect(ctx.db.prepare('SELECT * FROM programs ORDER BY id').all()).toEqual([
      {
        id: '137351-51.3801-5', unitid: 137351, cip_code: '51.3801', award_level: 5, title: 'Bachelor of Science in Nursing', description: null,
        url: 'https://health.example.edu/nursing', format: 'In person', duration: '4 years', skills: '["Patient assessment","Clinical judgment"]',
        source: 'ipeds', edited_by: 'pipeline/content/__tests__/fixtures/valid/programs/usf-nursing-bsn.yaml', is_example: 0,
      },
      {
        id: 'hcc-surgical-technology', unitid: 134495, cip_code: '51.0909', award_level: 3, title: 'Surgical Technology (A.S.)', description: 'A made-up program for tests.',
        url: null, format: 'Hybrid', duration: null, skills: null,
        source: 'editor', edited_by: 'pipeline/content/__tests__/fixtures/valid/programs/hcc-surgical-technology.yaml', is_example: 1,
      },
    ]);
  });

  it('stores the effective lists of every occupation and role, overrides merged and labelled', () => {
    importAll(folder('valid'));
    const items = ctx.db.prepare("SELECT owner_kind, owner_id, list, position, text, category, hot, source, source_label FROM effective_items WHERE owner_kind != 'inherited' ORDER BY owner_kind, owner_id, list, position").raw().all();
    expect(items).toEqual([
      ['occupation', '29-2055.00', 'responsibility', 0, 'Maintain a sterile field.', null, null, 'onet', 'From O*NET'],
      ['occupation', '29-2055.00', 'task', 0, 'Count sponges, needles, and instruments.', null, null, 'onet', 'From O*NET'],
      ['occupation', '29-2055.00', 'tool', 0, 'Surgical retractors', 'Surgical retractors', 0, 'onet', 'From O*NET'],
      ['occupation', '29-2055.00', 'tool', 1, 'Da Vinci surgical system', 'Medical robots', 1, 'custom', 'Custom (Tampa Bay editors)'],
      ['role', 'surgical-technologist-acme-health', 'responsibility', 0, "Keep the sterile field in Acme's operating rooms.", null, null, 'custom', 'From Acme Health'],
      ['role', 'surgical-technologist-acme-health', 'task', 0, 'Count sponges, needles, and instruments.', null, null, 'onet', 'From O*NET'],
      ['role', 'surgical-technologist-acme-health', 'tool', 0, 'Surgical retractors', 'Surgical retractors', 0, 'onet', 'From O*NET'],
      ['role', 'surgical-technologist-acme-health', 'tool', 1, 'Da Vinci surgical system', 'Medical robots', 1, 'custom', 'Custom (Tampa Bay editors)'],
    ]);
  });

  it('stores what the owner of each override file inherits without it, for the admin: O*NET for an occupation, the occupation lists for a role', () => {
    importAll(folder('valid'));
    const items = ctx.db.prepare("SELECT owner_id, list, text, source_label FROM effective_items WHERE owner_kind = 'inherited' ORDER BY owner_id, list, position").raw().all();
    expect(items).toEqual([
      ['29-2055.00', 'responsibility', 'Maintain a sterile field.', 'From O*NET'],
      ['29-2055.00', 'task', 'Count sponges, needles, and instruments.', 'From O*NET'],
      ['29-2055.00', 'tool', 'Surgical retractors', 'From O*NET'],
      ['surgical-technologist-acme-health', 'responsibility', 'Maintain a sterile field.', 'From O*NET'],
      ['surgical-technologist-acme-health', 'task', 'Count sponges, needles, and instruments.', 'From O*NET'],
      ['surgical-technologist-acme-health', 'tool', 'Surgical retractors', 'From O*NET'],
      ['surgical-technologist-acme-health', 'tool', 'Da Vinci surgical system', 'Custom (Tampa Bay editors)'],
    ]);
  });

  it('adds every problem to the run and writes nothing', () => {
    expect(importAll(folder('unknown-soc'))).toEqual([{}, {}, {}, {}, {}]);
    expect(ctx.problems.list.map((p) => [p.field, p.value])).toEqual([['soc_code', '29-9999.99']]);
    expect([count('companies'), count('roles'), count('high_demand'), count('effective_items'), count('programs')]).toEqual([0, 0, 0, 0, 1]);
  });

  it('names the missing all-occupations projections row; the stages after the rule write nothing', () => {
    ctx.db.prepare(`DELETE FROM projections WHERE soc_code = '00-0000'`).run();
    expect(importAll(folder('valid')).slice(1)).toEqual([{}, {}, {}, {}]);
    expect(ctx.problems.list).toEqual([
      { file: 'projections:table-1.2', field: 'SOC Code', value: '00-0000', expected: 'the "Total, all occupations" row with a percent change (the high-demand rule compares each occupation with it)' },
    ]);
    expect([count('enrichments'), count('effective_items'), count("programs WHERE source = 'editor'")]).toEqual([0, 0, 0]);
  });

  it('leaves out a role whose valid_through has passed, warns, and lists it in the build report; one open through today stays', () => {
    const contentDir = join(dir, 'content');
    cpSync(join(fixtures, 'valid'), contentDir, { recursive: true });
    const role = readFileSync(join(contentDir, 'roles', 'surgical-technologist-acme-health.md'), 'utf8');
    const dated = (validThrough: string) => role.replace('date_posted: 2026-11-02', `date_posted: 2026-11-02\nvalid_through: ${validThrough}`);
    writeFileSync(join(contentDir, 'roles', 'closed-surgical-technologist-acme-health.md'), dated('2026-11-30'));
    writeFileSync(join(contentDir, 'roles', 'last-day-surgical-technologist-acme-health.md'), dated('2026-12-01'));
    const previous = process.env.ATLAS_TODAY;
    process.env.ATLAS_TODAY = '2026-12-01';
    try {
      expect(importContent(ctx, { ...folder('valid'), contentDir }).written).toMatchObject({ roles: 2, roles_expired: 1 });
    } finally {
      if (previous === undefined) delete process.env.ATLAS_TODAY;
      else process.env.ATLAS_TODAY = previous;
    }
    expect(ctx.problems.size).toBe(0);
    expect(ctx.db.prepare('SELECT slug, date_posted, valid_through FROM roles ORDER BY slug').all()).toEqual([
      { slug: 'last-day-surgical-technologist-acme-health', date_posted: '2026-11-02', valid_through: '2026-12-01' },
      { slug: 'surgical-technologist-acme-health', date_posted: '2026-11-02', valid_through: null },
    ]);
    const report = readFileSync(join(dir, EXPIRED_REPORT), 'utf8');
    expect(report).toContain('| `closed-surgical-technologist-acme-health` | Surgical Technologist | 2026-11-30 |');
    expect(report).not.toContain('last-day-');
  });
});
