import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../lib/problems.ts';
import { roleSchema } from '../content-schemas.ts';
import { checkAgainstSchema } from '../locate-issues.ts';
import { readMarkdownFile, readYamlFile } from '../read-content-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-yaml-hints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problemsOf(name: string, text: string): string[] {
  const path = join(dir, name);
  writeFileSync(path, text);
  const read = name.endsWith('.md') ? readMarkdownFile(path, name) : readYamlFile(path, name);
  return read.ok ? [] : read.problems.map(formatProblem);
}

describe('YAML slips get a message that says what to type', () => {
  it('an unquoted colon in a value: put the text in quotes', () => {
    expect(problemsOf('colon.yaml', 'name: Acme\ndescription: Note: nights only, weekends off.\ntrusted_partner: false\n')).toEqual([
      'colon.yaml:2 got "description: Note: nights only, weekends off.", expected the text in quotes, like description: "Note: nights only, weekends off." (a colon followed by a space starts a new key unless the text is quoted)',
    ]);
  });

  it('counts the line in a role file from the top of the file, front matter included', () => {
    expect(problemsOf('role.md', '---\ntitle: Nurse\nsummary: Nights: 3 a week.\n---\nBody.\n')[0]).toMatch(/^role\.md:3 .*expected the text in quotes, like summary: "Nights: 3 a week\."/);
  });

  it('a tab at the start of a line: use spaces', () => {
    expect(problemsOf('tab.yaml', 'name: Acme\nskills:\n\t- Sterile technique\n')).toEqual([
      'tab.yaml:3 got "- Sterile technique", expected spaces, not a tab, at the start of the line (YAML indents with spaces only)',
    ]);
  });

  it('a list item without its dash: add the dash', () => {
    expect(problemsOf('dash.yaml', 'skills:\n  - Sterile technique\n  Surgical instrumentation\ncity: Tampa\n')).toEqual([
      'dash.yaml:3 got "Surgical instrumentation", expected a dash before this list item, like "  - Surgical instrumentation"',
    ]);
  });

  it('keeps the parser message for other mistakes', () => {
    expect(problemsOf('other.yaml', 'name: "Acme\n')[0]).toMatch(/expected valid YAML \(/);
  });
});

describe('a role without soc_code', () => {
  it('points at npm run soc:suggest', () => {
    const path = join(dir, 'no-code.md');
    writeFileSync(path, '---\ntitle: Nurse\n---\nBody.\n');
    const read = readMarkdownFile(path, 'no-code.md');
    if (!read.ok) throw new Error('front matter should parse');
    const problems: Parameters<typeof checkAgainstSchema>[2] = [];
    checkAgainstSchema(read.content, roleSchema, problems);
    expect(problems.map(formatProblem).find((p) => p.includes('soc_code'))).toContain('`npm run soc:suggest` fills in a missing one from the title');
  });
});
