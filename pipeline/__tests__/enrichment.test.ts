import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../lib/problems.ts';
import { runPipeline } from '../run.ts';

/**
 * The cached refinements on the fixture releases: `fixtures/enrichment/11-9021.00.json` refines
 * Construction Managers; the build reads it (never the model), labels it, and editors' overrides win.
 */
const fixtures = join(import.meta.dirname, 'fixtures');
const LABEL = 'Refined from O*NET tasks';
let dir: string;
let enrichmentDir: string;

const build = async (name: string) => {
  const outPath = join(dir, `${name}.sqlite`);
  const problems = await runPipeline({ root: join(fixtures, 'sources'), outPath, contentDir: join(dir, 'content'), enrichmentDir, log: () => {}, rowCounts: 'non-empty' });
  return { problems: problems.list.map(formatProblem), outPath };
};

type Item = { list: string; text: string; category: string | null; source: string; label: string };
const items = (outPath: string, owner: string) =>
  new Database(outPath, { readonly: true })
    .prepare(`SELECT list, text, category, source, source_label AS label FROM effective_items WHERE owner_id = ? AND owner_kind != 'inherited' ORDER BY list, position`)
    .all(owner) as Item[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-enrichment-'));
  cpSync(join(fixtures, 'content'), join(dir, 'content'), { recursive: true });
  enrichmentDir = join(fixtures, 'enrichment');
});

describe('enrichment cache in the build', () => {
  it('shows the refined responsibilities and tasks, labelled, adds its tools, and records where they came from', async () => {
    const { problems, outPath } = await build('refined');
    expect(problems).toEqual([]);
    const lists = items(outPath, '11-9021.00');
    const of = (list: string) => lists.filter((i) => i.list === list);
    expect(of('responsibility')).toHaveLength(6);
    expect(of('task')).toHaveLength(10);
    expect([...of('responsibility'), ...of('task')].every((i) => i.source === 'refined' && i.label === LABEL)).toBe(true);
    expect(of('task')[0].text).toBe('Build and update the project schedule each week.');
    expect(of('tool').at(-1)).toEqual({ list: 'tool', text: 'Laser level', category: 'Surveying instruments', source: 'refined', label: LABEL });
    expect(of('tool').some((i) => i.source === 'onet')).toBe(true);
    // Other occupations keep their O*NET lists.
    expect(items(outPath, '15-1252.00').every((i) => i.source === 'onet')).toBe(true);
    const recorded = new Database(outPath, { readonly: true }).prepare('SELECT * FROM enrichments').all();
    expect(recorded).toEqual([
      { owner_kind: 'occupation', owner_id: '11-9021.00', occupation_code: '11-9021.00', model: 'gpt-test-1', generated_at: '2025-06-01T12:00:00Z', prompt_version: 1, source_task_ids: '[5]' },
    ]);
  });

  it("keeps an editor's replaced list over the refined one", async () => {
    mkdirSync(join(dir, 'content/overrides'), { recursive: true });
    writeFileSync(join(dir, 'content/overrides/11-9021.00.yaml'), 'tasks:\n  mode: replace\n  items: ["Walk the Tampa site with the owner every Friday."]\n');
    const { problems, outPath } = await build('override');
    expect(problems).toEqual([]);
    const lists = items(outPath, '11-9021.00');
    expect(lists.filter((i) => i.list === 'task').map((i) => [i.text, i.source])).toEqual([['Walk the Tampa site with the owner every Friday.', 'custom']]);
    expect(lists.filter((i) => i.list === 'responsibility').every((i) => i.source === 'refined')).toBe(true);
  });

  it('fails the run with file:line for a malformed cache file, and for an unknown occupation', async () => {
    const cache = join(dir, 'enrichment');
    mkdirSync(cache);
    writeFileSync(join(cache, '11-9021.00.json'), '{\n  "code": "11-9021.00",\n  "model": "gpt-test-1",\n  "promptVersion": "one"\n}\n');
    writeFileSync(join(cache, '99-9999.00.json'), JSON.stringify({ code: '99-9999.00', model: 'm', generatedAt: '2025-06-01T12:00:00Z', promptVersion: 1, sourceTaskIds: [], responsibilities: Array(6).fill('A responsibility.'), tasks: Array(10).fill('A task to do.'), tools: [] }));
    enrichmentDir = cache;
    const { problems } = await build('broken');
    const file = relative('.', join(cache, '11-9021.00.json'));
    expect(problems.filter((p) => p.startsWith(`${file}:4 promptVersion: got "one", expected`))).toHaveLength(1);
    expect(problems).toContain(`${relative('.', join(cache, '99-9999.00.json'))} code: got "99-9999.00", expected the O*NET-SOC code of an occupation in the catalog`);
  });
});
