import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from '../lib/problems.ts';
import { describeYamlSlip } from './yaml-hints.ts';

/** A parsed content file: its YAML data, the Markdown body (roles) and a way to point at a key's line. */
export type ContentFile = {
  /** Path relative to the repository, as shown in problems. */
  file: string;
  data: unknown;
  body: string;
  /** Line in the file of the key at `path` (or of the deepest part of it that exists). */
  lineOf: (path: readonly PropertyKey[]) => number;
};

export type ReadResult = { ok: true; content: ContentFile } | { ok: false; problems: Problem[] };

/** C0 control characters other than tab and line ends, and DEL: invisible on a page, never meant. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** One problem per line that holds a control character, so a stray byte is found without a hex editor. */
function findControlCharacters(text: string, file: string): Problem[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    const found = CONTROL_CHARACTER.exec(line);
    if (!found) return [];
    const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return [{ file, line: i + 1, value: code, expected: 'text without control characters (an invisible byte, often pasted from another program)' }];
  });
}

/** `---` on the first line, the YAML, a closing `---`, then the Markdown body. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)([\s\S]*)$/m;

/** Reads a `.yaml` file (companies, high-demand list). */
export function readYamlFile(path: string, file: string): ReadResult {
  const text = readFileSync(path, 'utf8');
  const control = findControlCharacters(text, file);
  return control.length ? { ok: false, problems: control } : parseYaml(text, file, 0, '');
}

/** Reads a Markdown file whose YAML front matter holds the fields and whose body is the long description. */
export function readMarkdownFile(path: string, file: string): ReadResult {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const control = findControlCharacters(text, file);
  if (control.length) return { ok: false, problems: control };
  const match = FRONT_MATTER.exec(text);
  if (!match || match.index !== 0) {
    const expected = 'the file to start with a `---` line, the role fields in YAML, then a closing `---` line before the description';
    return { ok: false, problems: [{ file, line: 1, value: text.split(/\r?\n/, 1)[0], expected }] };
  }
  // The front matter starts on line 2, after the opening `---`.
  return parseYaml(match[1], file, 1, match[2]);
}

function parseYaml(text: string, file: string, lineOffset: number, body: string): ReadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const lines = text.split(/\r?\n/);
    // The parser can report one mistake several times over; one line per mistake is enough.
    const problems = new Map<string, Problem>();
    for (const error of doc.errors) {
      const line = Math.max(1, lineCounter.linePos(error.pos[0]).line);
      const expected = describeYamlSlip(error.code, lines, line - 1) ?? `valid YAML (${error.message.split('\n')[0]})`;
      problems.set(`${line}|${expected}`, { file, line: line + lineOffset, value: lines[line - 1]?.trim() ?? '', expected });
    }
    return { ok: false, problems: [...problems.values()] };
  }
  const lineAt = (offset: number) => Math.max(1, lineCounter.linePos(offset).line) + lineOffset;
  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let line = 1 + lineOffset;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = lineAt(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        const range = (node as Node).range;
        if (range) line = lineAt(range[0]);
      } else break;
    }
    return line;
  };
  return { ok: true, content: { file, data: doc.toJS(), body, lineOf } };
}
