import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog, insertRows } from '../../db/catalog-db.ts';
import { occupationRowOf, occupations, tasks, tools } from '../../db/schema/index.ts';
import { HELP, runOverridesCli } from '../cli.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const shown = 'pipeline/overrides/__tests__/fixtures';
const occupationFile = `${shown}/content/overrides/29-2055.00.yaml`;
const roleFile = `${shown}/content/overrides/surgical-technologist-acme-health.yaml`;

let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-overrides-'));
  const catalog = join(dir, 'catalog.sqlite');
  const db = createCatalog(catalog);
  insertRows(db, occupations, [
    ['29-1141.00', 'Registered Nurses'],
    ['29-2055.00', 'Surgical Technologists'],
    ['29-9093.00', 'Surgical Assistants'],
  ].map(([code, title]) => occupationRowOf({ code, title, description: title })));
  insertRows(db, tasks, [
    { taskId: 1, occupationCode: '29-2055.00', task: 'Maintain a sterile field.', taskType: 'Core' },
    { taskId: 2, occupationCode: '29-2055.00', task: 'Order surgical supplies.', taskType: 'Supplemental' },
    { taskId: 3, occupationCode: '29-2055.00', task: 'Pass instruments to the surgeon.', taskType: 'Core' },
    { taskId: 4, occupationCode: '29-2055.00', task: 'Clean and restock the operating room.', taskType: null },
  ]);
  insertRows(db, tools, [
    { occupationCode: '29-2055.00', kind: 'tool', example: 'Surgical retractors', commodityCode: 42295400, commodityTitle: 'Surgical retractors' },
    { occupationCode: '29-2055.00', kind: 'technology', example: 'Epic Systems', commodityCode: 43232610, commodityTitle: 'Medical software', hotTechnology: true },
  ]);
  db.close();
  env = { ATLAS_CATALOG: catalog, ATLAS_CONTENT: join(fixtures, 'content') };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], environment = env) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runOverridesCli(args, environment, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('npm run overrides -- diff', () => {
  it("shows an occupation's additions, dropping one the defaults already have", () => {
    expect(run(['diff', '29-2055.00'])).toEqual({
      code: 0,
      err: [],
      out: [
        '--- O*NET default  29-2055.00 Surgical Technologists',
        `+++ effective      29-2055.00 Surgical Technologists, with ${occupationFile}`,
        '@@ responsibilities: 2 from O*NET, 2 shown; unchanged @@',
        '@@ tasks: 2 from O*NET, 3 shown; 0 removed, 1 added @@',
        '+Prepare the robotic surgical system. · Custom (Tampa Bay editors)',
        '@@ tools: 2 from O*NET, 3 shown; 0 removed, 1 added @@',
        '+Da Vinci surgical system (Medical robots) · Custom (Tampa Bay editors)',
        '',
        `History: git log ${occupationFile}`,
      ],
    });
  });

  it("shows a role's replaced responsibilities and the occupation's additions it inherits", () => {
    expect(run(['diff', 'surgical-technologist-acme-health'])).toEqual({
      code: 0,
      err: [],
      out: [
        '--- O*NET default  29-2055.00 Surgical Technologists',
        `+++ effective      role surgical-technologist-acme-health (Surgical Technologist, Acme Health; occupation 29-2055.00), with ${occupationFile} then ${roleFile}`,
        '@@ responsibilities: 2 from O*NET, 2 shown; 1 removed, 1 added @@',
        '-Maintain a sterile field.',
        "+Keep the sterile field in Acme's operating rooms. · From Acme Health",
        '@@ tasks: 2 from O*NET, 3 shown; 0 removed, 1 added @@',
        '+Prepare the robotic surgical system. · Custom (Tampa Bay editors)',
        '@@ tools: 2 from O*NET, 4 shown; 0 removed, 2 added @@',
        '+Da Vinci surgical system (Medical robots) · Custom (Tampa Bay editors)',
        '+Steris sterilizer (Sterilizers) · From Acme Health',
        '',
        `History: git log ${occupationFile}`,
        `History: git log ${roleFile}`,
      ],
    });
  });

  it('takes a role slug that differs only in case as the same role, as its page URL does', () => {
    const lower = run(['diff', 'surgical-technologist-acme-health']);
    expect(lower.code).toBe(0);
    expect(run(['diff', 'Surgical-Technologist-Acme-Health'])).toEqual(lower);
  });

  it('shows the defaults unchanged for an occupation without an override file', () => {
    expect(run(['diff', '29-9093.00']).out).toEqual([
      '--- O*NET default  29-9093.00 Surgical Assistants',
      '+++ effective      29-9093.00 Surgical Assistants, no override file',
      '@@ responsibilities: 0 from O*NET, 0 shown; unchanged @@',
      '@@ tasks: 0 from O*NET, 0 shown; unchanged @@',
      '@@ tools: 0 from O*NET, 0 shown; unchanged @@',
    ]);
  });

  it('exits 1 for an id that is neither an occupation nor a role, naming the closest', () => {
    expect(run(['diff', 'surgical-technologist-acme'])).toEqual({
      code: 1,
      out: [],
      err: [
        `✗ Unknown id "surgical-technologist-acme": expected the O*NET-SOC code of an occupation or the slug of a role in ${shown}/content/roles/ (did you mean the role "surgical-technologist-acme-health"?); closest occupations: 29-2055.00 Surgical Technologists, 29-9093.00 Surgical Assistants`,
      ],
    });
    expect(run(['diff', '29-2055.01']).err[0]).toMatch(/^✗ Unknown id "29-2055\.01": expected .*; closest occupations: 29-2055\.00 Surgical Technologists, /);
  });

  it('exits 1 with the problems of an override file it would read', () => {
    const { code, err } = run(['diff', '29-2055.00'], { ...env, ATLAS_CONTENT: join(fixtures, 'broken') });
    expect(code).toBe(1);
    expect(err).toEqual([
      `${shown}/broken/overrides/29-2055.00.yaml:3 tasks.mode: got "append", expected replace (show only these items) or add (append them to the default list)`,
      '\n✗ Fix the override file above first.',
    ]);
  });

  it('prints the usage, with where the history is, for no or a wrong command; exits 2 without a catalog', () => {
    expect(run([])).toEqual({ code: 1, out: [], err: [HELP] });
    expect(run(['help'])).toEqual({ code: 0, out: [HELP], err: [] });
    expect(HELP).toContain('git log editions/<edition>/content/overrides/<id>.yaml');
    const missing = run(['diff', '29-2055.00'], { ...env, ATLAS_CATALOG: join(dir, 'none.sqlite') });
    expect(missing.code).toBe(2);
    expect(missing.err[0]).toContain('npm run pipeline');
  });
});
