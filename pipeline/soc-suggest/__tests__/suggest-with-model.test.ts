import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createModelClient, ModelAuthError, readModelSettings, type ModelSettings } from '../../lib/model-client.ts';
import { createSocIndex, type SocIndex } from '../../lib/soc-index.ts';
import { suggestOccupation } from '../suggest-occupation.ts';
import { startFakeModelServer, type FakeModelServer } from './fake-model-server.ts';

/** The model path end to end over real HTTP: the `openai` client pointed at a local server with `baseURL`. */

const records = [
  { code: '11-9021.00', title: 'Construction Managers', description: 'Plan, direct, or coordinate construction projects.', titles: ['Construction Project Manager', 'Project Manager'], tasks: ['Schedule the project in logical steps and budget time required to meet deadlines.'] },
  { code: '13-1082.00', title: 'Project Management Specialists', description: 'Analyze and coordinate the schedule, timeline, procurement, staffing, and budget of a product or service.', titles: ['Project Manager', 'Project Coordinator'], tasks: ['Manage project budgets and schedules.'] },
  { code: '15-1299.09', title: 'Information Technology Project Managers', description: 'Plan, initiate, and manage information technology (IT) projects.', titles: ['IT Project Manager', 'Project Manager'], tasks: ['Manage IT project schedules.'] },
];

let server: FakeModelServer;
let index: SocIndex;
const role = { title: 'Mechanical Project Manager', company: 'Power Design', description: 'Run the mechanical scope of building projects with superintendents and subcontractors.' };
const settings = (overrides: Partial<ModelSettings> = {}): ModelSettings => ({
  apiKey: 'test-key', baseURL: server.baseURL, model: 'test-model', requestsPerSecond: 0, timeoutMs: 2000, maxRetries: 2, ...overrides,
});

beforeAll(async () => {
  server = await startFakeModelServer();
  index = createSocIndex(records);
});
afterAll(() => server.close());
beforeEach(() => server.received.splice(0));

describe('suggestOccupation with a model', () => {
  it('uses a valid answer among the candidates, asking with a strict JSON schema that lists them', async () => {
    server.script({ answer: { code: '11-9021.00', reason: 'Building construction scope.' } });
    const suggestion = await suggestOccupation(index, role, createModelClient(settings()));
    expect(suggestion).toMatchObject({ code: '11-9021.00', title: 'Construction Managers', chosenBy: 'model' });
    const [request] = server.received;
    expect(request.headers.authorization).toBe('Bearer test-key');
    const format = request.body.response_format as { type: string; json_schema: { strict: boolean; schema: { properties: { code: { enum: string[] } } } } };
    expect(format.type).toBe('json_schema');
    expect(format.json_schema.strict).toBe(true);
    expect(format.json_schema.schema.properties.code.enum.sort()).toEqual(records.map((r) => r.code).sort());
    expect(JSON.stringify(request.body.messages)).toContain('Power Design');
  });

  it('keeps the ranker choice when the answer is not one of the candidates', async () => {
    const local = await suggestOccupation(index, role);
    server.script({ answer: { code: '47-2111.00', reason: 'Electricians.' } });
    const suggestion = await suggestOccupation(index, role, createModelClient(settings()));
    expect(suggestion).toMatchObject({ code: local.code, chosenBy: 'ranker' });
    expect(suggestion.note).toMatch(/47-2111\.00.*not one of the candidates/);
  });

  it('keeps the ranker choice when the answer is not an O*NET-SOC code or not JSON', async () => {
    const local = await suggestOccupation(index, role);
    server.script({ answer: { code: '11-9021', reason: 'Short code.' } }, { content: 'Construction Managers, I think' });
    const model = createModelClient(settings());
    const wrongCode = await suggestOccupation(index, role, model);
    expect(wrongCode).toMatchObject({ code: local.code, chosenBy: 'ranker' });
    expect(wrongCode.note).toMatch(/does not fit soc_choice/);
    const notJson = await suggestOccupation(index, role, model);
    expect(notJson).toMatchObject({ code: local.code, chosenBy: 'ranker' });
    expect(notJson.note).toMatch(/not JSON/);
  });

  it('retries after a 429 and uses the answer that follows', async () => {
    server.script({ status: 429, error: 'Rate limit reached', headers: { 'retry-after-ms': '20' } }, { answer: { code: '13-1082.00', reason: 'Generic.' } });
    const suggestion = await suggestOccupation(index, role, createModelClient(settings()));
    expect(suggestion).toMatchObject({ code: '13-1082.00', chosenBy: 'model' });
    expect(server.received).toHaveLength(2);
  });

  it('gives up on a server that does not answer within the timeout and keeps the ranker choice', async () => {
    const local = await suggestOccupation(index, role);
    server.script({ hang: true });
    const started = performance.now();
    const suggestion = await suggestOccupation(index, role, createModelClient(settings({ timeoutMs: 200, maxRetries: 0 })));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(suggestion).toMatchObject({ code: local.code, chosenBy: 'ranker' });
    expect(suggestion.note).toMatch(/no answer .* within 200 ms/);
  });

  it('stops with a clear message when the key is refused (401), without retrying', async () => {
    server.script({ status: 401, error: 'Incorrect API key provided' });
    const attempt = suggestOccupation(index, role, createModelClient(settings()));
    await expect(attempt).rejects.toThrow(ModelAuthError);
    await expect(attempt).rejects.toThrow(/refused OPENAI_API_KEY \(HTTP 401\).*unset OPENAI_API_KEY/);
    expect(server.received).toHaveLength(1);
  });

  it('paces requests to the configured rate', async () => {
    server.script({ answer: { code: '11-9021.00', reason: 'a' } }, { answer: { code: '11-9021.00', reason: 'b' } });
    const model = createModelClient(settings({ requestsPerSecond: 5 }));
    const started = performance.now();
    await suggestOccupation(index, role, model);
    await suggestOccupation(index, role, model);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });
});

describe('readModelSettings', () => {
  it('is off without a key and reads model, base URL and rate from the environment', () => {
    expect(readModelSettings({})).toBeNull();
    expect(readModelSettings({ OPENAI_API_KEY: 'k' })).toMatchObject({ model: 'gpt-4o-mini', requestsPerSecond: 1, baseURL: undefined });
    expect(readModelSettings({ OPENAI_API_KEY: 'k', ATLAS_OPENAI_MODEL: 'm', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', ATLAS_OPENAI_RPS: '2' })).toMatchObject({
      model: 'm', baseURL: 'http://127.0.0.1:9/v1', requestsPerSecond: 2,
    });
  });
});
