import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runSocSuggest } from '../cli.ts';
import { setSocCode } from '../role-files.ts';
import { startFakeModelServer } from './fake-model-server.ts';
import { buildOnetCatalog } from './onet-catalog.ts';

/** `npm run soc:suggest` on temp copies of the role files, against a catalog imported from the real O*NET files. */

let catalog: string;
let content: string;
let lines: string[];
const out = { log: (line: string) => void lines.push(line), error: (line: string) => void lines.push(line) };
const env = () => ({ ATLAS_CATALOG: catalog, ATLAS_CONTENT: content });
const rolesDir = () => join(content, 'roles');
const snapshot = () => Object.fromEntries(readdirSync(rolesDir()).map((n) => [n, readFileSync(join(rolesDir(), n))]));
const roleText = (slug: string) => readFileSync(join(rolesDir(), `${slug}.md`), 'utf8');

beforeAll(() => {
  catalog = buildOnetCatalog();
}, 60_000);
afterAll(() => rmSync(dirname(catalog), { recursive: true, force: true }));
afterEach(() => rmSync(content, { recursive: true, force: true }));
beforeEach(() => {
  lines = [];
  content = mkdtempSync(join(tmpdir(), 'atlas-roles-'));
  for (const folder of ['roles', 'companies']) cpSync(join('editions/tampa-bay/content', folder), join(content, folder), { recursive: true });
  // A role an editor added without a code, and one with a code that is no longer right.
  const surgical = roleText('surgical-technologist-baycare');
  writeFileSync(join(rolesDir(), 'night-shift-nurse-baycare.md'), surgical.replace('title: Surgical Technologist', 'title: Night Shift Nurse').replace(/^soc_code: .*\n/m, ''));
  writeFileSync(join(rolesDir(), 'surgical-technologist-baycare.md'), surgical.replace('soc_code: 29-2055.00', 'soc_code: 11-1011.00'));
});

describe('soc:suggest on role files', () => {
  it('--dry-run leaves every file byte-identical and prints title → code, confidence and two alternatives', async () => {
    const before = snapshot();
    expect(await runSocSuggest(['--dry-run', '--force'], env(), out)).toBe(0);
    expect(snapshot()).toEqual(before);
    const report = lines.join('\n');
    expect(report).toMatch(/Night Shift Nurse → 29-1141\.00 Registered Nurses \(confidence \w+\)\n {4}alternatives: \d{2}-\d{4}\.\d{2} [^;]+; \d{2}-\d{4}\.\d{2} /);
    expect(report).toContain('(dry run) 9 roles suggested, would change');
  });

  it('fills only roles lacking a code, inserting soc_code right after title and changing nothing else', async () => {
    const before = snapshot();
    expect(await runSocSuggest([], env(), out)).toBe(0);
    const after = roleText('night-shift-nurse-baycare');
    const [oldLines, newLines] = [before['night-shift-nurse-baycare.md'].toString().split('\n'), after.split('\n')];
    expect(newLines[1]).toBe('title: Night Shift Nurse');
    expect(newLines[2]).toBe('soc_code: 29-1141.00');
    expect([...newLines.slice(0, 2), ...newLines.slice(3)]).toEqual(oldLines);
    for (const [name, bytes] of Object.entries(snapshot())) if (name !== 'night-shift-nurse-baycare.md') expect(bytes).toEqual(before[name]);
    expect(lines.join('\n')).toContain('surgical-technologist-baycare: has soc_code 11-1011.00');
  });

  it('--force --role replaces only the soc_code line of that role', async () => {
    const before = roleText('surgical-technologist-baycare');
    expect(await runSocSuggest(['--force', '--role', 'surgical-technologist-baycare'], env(), out)).toBe(0);
    const after = roleText('surgical-technologist-baycare');
    const [oldLines, newLines] = [before.split('\n'), after.split('\n')];
    expect(newLines).toHaveLength(oldLines.length);
    const changed = newLines.flatMap((line, i) => (line === oldLines[i] ? [] : [i]));
    expect(changed.map((i) => newLines[i])).toEqual(['soc_code: 29-2055.00']);
    expect(oldLines[changed[0]]).toBe('soc_code: 11-1011.00');
  });

  it('takes a --role slug that differs only in case as the same role', async () => {
    const before = snapshot();
    expect(await runSocSuggest(['--force', '--role', 'Surgical-Technologist-BayCare'], env(), out)).toBe(0);
    expect(roleText('surgical-technologist-baycare')).toContain('soc_code: 29-2055.00\n');
    for (const [name, bytes] of Object.entries(snapshot())) if (name !== 'surgical-technologist-baycare.md') expect(bytes).toEqual(before[name]);
  });

  it('skips a role file it cannot read, naming it, and fills the others', async () => {
    writeFileSync(join(rolesDir(), 'broken-baycare.md'), '---\ntitle: [unclosed\n---\nBody\n');
    expect(await runSocSuggest([], env(), out)).toBe(0);
    expect(lines.join('\n')).toMatch(/! \S*roles\/broken-baycare\.md: skipped/);
    expect(roleText('night-shift-nurse-baycare')).toContain('soc_code: 29-1141.00');
  });

  it('names an unknown --role and changes nothing', async () => {
    const before = snapshot();
    expect(await runSocSuggest(['--role', 'no-such-role'], env(), out)).toBe(2);
    expect(lines.join('\n')).toContain('No role file for: no-such-role');
    expect(snapshot()).toEqual(before);
  });

  it('changes no file when the model refuses the key', async () => {
    const server = await startFakeModelServer();
    try {
      server.script({ status: 401, error: 'Incorrect API key provided' });
      const before = snapshot();
      expect(await runSocSuggest(['--force'], { ...env(), OPENAI_API_KEY: 'bad', OPENAI_BASE_URL: server.baseURL, ATLAS_OPENAI_RPS: '0' }, out)).toBe(1);
      expect(lines.join('\n')).toMatch(/refused OPENAI_API_KEY \(HTTP 401\).*No role file was changed/);
      expect(snapshot()).toEqual(before);
    } finally {
      await server.close();
    }
  });
});

describe('soc:suggest candidate listings', () => {
  it('--title --json prints the ranked candidates, best first', async () => {
    expect(await runSocSuggest(['--title', 'forklift driver', '--json'], env(), out)).toBe(0);
    const ranked = JSON.parse(lines[0]) as { code: string; title: string; score: number }[];
    expect(ranked[0]).toEqual({ code: '53-7051.00', title: 'Industrial Truck and Tractor Operators', score: expect.any(Number) });
    expect(ranked).toHaveLength(5);
    expect(Object.keys(ranked[1])).toEqual(['code', 'title', 'score']);
  });

  it('--titles prints one JSON array per line', async () => {
    const file = join(content, 'titles.txt');
    writeFileSync(file, 'line cook\n\nCNA\n');
    expect(await runSocSuggest(['--titles', file, '--count', '2'], env(), out)).toBe(0);
    expect(lines.map((l) => (JSON.parse(l) as { code: string }[]).map((r) => r.code)[0])).toEqual(['35-2014.00', '31-1131.00']);
    expect(lines.every((l) => JSON.parse(l).length === 2)).toBe(true);
  });

  it('says how to build the catalog when there is none', async () => {
    expect(await runSocSuggest(['--title', 'cook'], { ATLAS_CATALOG: join(content, 'missing.sqlite') }, out)).toBe(1);
    expect(lines.join('\n')).toMatch(/No catalog at .*npm run pipeline/);
  });
});

describe('setSocCode', () => {
  it('keeps CRLF line endings and inserts after a title that spans lines', () => {
    expect(setSocCode('---\r\ntitle: A\r\nsoc_code: 1\r\n---\r\nBody\r\n', '29-1141.00')).toBe('---\r\ntitle: A\r\nsoc_code: 29-1141.00\r\n---\r\nBody\r\n');
    expect(setSocCode('---\ntitle: >-\n  Long\n  title\ncompany: x\n---\n', '29-1141.00')).toBe('---\ntitle: >-\n  Long\n  title\nsoc_code: 29-1141.00\ncompany: x\n---\n');
  });
});
