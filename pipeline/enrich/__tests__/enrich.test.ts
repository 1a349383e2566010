import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createModelClient } from '../../lib/model-client.ts';
import { startFakeModelServer, type FakeModelServer } from '../../soc-suggest/__tests__/fake-model-server.ts';
import { buildOnetCatalog } from '../../soc-suggest/__tests__/onet-catalog.ts';
import { withCatalog } from '../../db/occupation-records.ts';
import { createCatalogOrm } from '../../db/catalog-db.ts';
import { runEnrich } from '../cli.ts';
import { enrichOccupation, readOccupationInput, type EnrichmentInput } from '../enrich-occupation.ts';
import { PROMPT_VERSION } from '../enrichment-schema.ts';
import { readEnrichmentCache } from '../read-enrichment-cache.ts';

const responsibilities = Array.from({ length: 7 }, (_, i) => `Keep the sterile field intact for outcome number ${i + 1}.`);
const tasks = Array.from({ length: 11 }, (_, i) => `Count sponges and instruments before step ${i + 1}.`);
const lineOf = (path: string, text: string) => readFileSync(path, 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
const answer = (extra: Record<string, unknown> = {}) => ({ responsibilities, tasks, tools: [], ...extra });

let catalog: string;
let server: FakeModelServer;
let dir: string;
let lines: string[];
const out = { log: (line: string) => void lines.push(line), error: (line: string) => void lines.push(line) };
const modelEnv = () => ({ ATLAS_CATALOG: catalog, ATLAS_ENRICHMENT: dir, OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: server.baseURL, ATLAS_OPENAI_MODEL: 'test-model', ATLAS_OPENAI_RPS: '0' });

beforeAll(async () => {
  catalog = buildOnetCatalog();
  server = await startFakeModelServer();
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(dirname(catalog), { recursive: true, force: true });
});
beforeEach(() => {
  lines = [];
  dir = join(mkdtempSync(join(tmpdir(), 'atlas-enrich-')), 'enrichment');
  server.received.splice(0);
});

describe('npm run enrich', () => {
  it('without a key says so, exits 2 and writes nothing', async () => {
    expect(await runEnrich(['--soc', '29-2055.00'], { ATLAS_CATALOG: catalog, ATLAS_ENRICHMENT: dir }, out)).toBe(2);
    expect(lines.join('\n')).toMatch(/needs a model: set OPENAI_API_KEY.*Nothing was written/s);
    expect(existsSync(dir)).toBe(false);
  });

  it('caches the refined lists with model, date, prompt version and the O*NET task IDs it used', async () => {
    server.script({ answer: answer() });
    expect(await runEnrich(['--soc', '29-2055.00'], modelEnv(), out)).toBe(0);
    const { entries, problems } = readEnrichmentCache(dir, 'tampa-bay');
    expect(problems).toEqual([]);
    const [{ enrichment }] = entries;
    const taskIds = withCatalog(catalog, (db) => readOccupationInput(createCatalogOrm(db), '29-2055.00')!.statements.map((s) => s.taskId));
    expect(enrichment).toMatchObject({ code: '29-2055.00', model: 'test-model', promptVersion: PROMPT_VERSION, sourceTaskIds: taskIds, responsibilities, tasks });
    expect(Date.parse(enrichment.generatedAt)).not.toBeNaN();
    expect(JSON.stringify(server.received[0].body.messages)).toContain('Count sponges, needles, and instruments before and after operation.');

    // Cached entries stay unless --force.
    expect(await runEnrich(['--soc', '29-2055.00'], modelEnv(), out)).toBe(0);
    expect(lines.join('\n')).toContain('cached (use --force to regenerate)');
    expect(server.received).toHaveLength(1);
  });

  it('writes nothing for an answer whose tasks repeat a responsibility, and exits 1', async () => {
    server.script({ answer: answer({ tasks: [...tasks.slice(0, 10), responsibilities[0]] }) });
    expect(await runEnrich(['--soc', '29-2055.00'], modelEnv(), out)).toBe(1);
    expect(lines.join('\n')).toMatch(/tasks repeat responsibilities.*nothing cached/);
    expect(existsSync(join(dir, '29-2055.00.json'))).toBe(false);
  });
});

describe('enrichOccupation', () => {
  it('keeps proposed tools only for the kinds the occupation lists none of', async () => {
    const input: EnrichmentInput = { code: '47-2061.00', title: 'Construction Laborers', description: 'Perform tasks involving physical labor.', statements: [{ taskId: 1, text: 'Clean work areas.' }], tools: [{ kind: 'tool', name: 'Jackhammers', category: 'Breakers' }] };
    server.script({ answer: answer({ tools: [{ name: 'Procore', category: 'Project management software', kind: 'technology' }, { name: 'Shovels', category: 'Hand tools', kind: 'tool' }] }) });
    const entry = await enrichOccupation(createModelClient({ apiKey: 'k', baseURL: server.baseURL, model: 'm', requestsPerSecond: 0, timeoutMs: 2000, maxRetries: 0 }), input);
    expect(entry.tools).toEqual([{ name: 'Procore', category: 'Project management software', kind: 'technology' }]);
    expect(JSON.stringify(server.received[0].body.messages)).toContain('Empty tool kinds to fill: technology (software)');
  });
});

describe('readEnrichmentCache', () => {
  it('returns valid entries and a located problem for each bad file', () => {
    const valid = { code: '29-2055.00', model: 'm', generatedAt: '2025-06-01T12:00:00Z', promptVersion: 1, sourceTaskIds: [1959], ...answer() };
    mkdirSync(join(dir, 'roles/tampa-bay'), { recursive: true });
    mkdirSync(join(dir, 'roles/orlando'), { recursive: true });
    writeFileSync(join(dir, '29-2055.00.json'), JSON.stringify(valid, null, 2));
    writeFileSync(join(dir, 'roles/tampa-bay', 'surgical-technologist-baycare.json'), JSON.stringify({ ...valid, role: 'surgical-technologist-baycare' }, null, 2));
    // Another edition's role: read by that edition's build only.
    writeFileSync(join(dir, 'roles/orlando', 'surgical-technologist-adventhealth.json'), JSON.stringify({ ...valid, role: 'surgical-technologist-adventhealth' }, null, 2));
    writeFileSync(join(dir, '29-1141.00.json'), '{\n  "code": "29-1141.00",\n  oops\n}');
    writeFileSync(join(dir, '31-1131.00.json'), JSON.stringify({ ...valid, code: '31-1131.00', responsibilities: responsibilities.slice(0, 3) }, null, 2));
    writeFileSync(join(dir, '35-2014.00.json'), JSON.stringify(valid, null, 2));
    const { entries, problems } = readEnrichmentCache(dir, 'tampa-bay', dirname(dir));
    expect(entries.map((e) => e.file)).toEqual(['enrichment/29-2055.00.json', 'enrichment/roles/tampa-bay/surgical-technologist-baycare.json']);
    expect(problems).toEqual([
      { file: 'enrichment/29-1141.00.json', line: 3, expected: expect.stringMatching(/^valid JSON/) },
      { file: 'enrichment/31-1131.00.json', line: lineOf(join(dir, '31-1131.00.json'), '"responsibilities"'), field: 'responsibilities', value: responsibilities.slice(0, 3), expected: 'at least 6 responsibilities' },
      { file: 'enrichment/35-2014.00.json', field: 'code', value: '29-2055.00', expected: '35-2014.00, the code the file is named after' },
    ]);
  });
});
