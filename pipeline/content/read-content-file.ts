import { lstatSync, readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { decodeUtf8 } from '../lib/decode-text.ts';
import { Problems, type Problem } from '../lib/problems.ts';
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

/** Far more than any editor's file needs (the largest is under 2 KB): a bigger one is a paste gone wrong or the wrong file. */
export const MAX_CONTENT_BYTES = 256 * 1024;

/** The longest role description rendered; Markdown's parser recurses, and a huge body can exhaust its stack. */
export const MAX_BODY_CHARS = 50_000;

/**
 * A YAML alias (`*name`) repeats an anchored value; aliases of aliases grow exponentially (an "alias bomb").
 * Editors' files need few if any, so more expansions than this are refused.
 */
const MAX_ALIAS_COUNT = 100;

const kilobytes = (bytes: number) => `${(bytes / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} KB`;

/**
 * The text of an editor's file, or the one problem that stops it being read: a symbolic link (its target,
 * perhaps outside the repository, would be published), a folder with a file's name, an oversized file, or
 * text that is not UTF-8.
 */
export function readContentText(path: string, file: string): { ok: true; text: string } | { ok: false; problems: Problem[] } {
  const stat = lstatSync(path);
  const refuse = (value: string, expected: string) => ({ ok: false as const, problems: [{ file, value, expected }] });
  if (stat.isSymbolicLink()) return refuse('a symbolic link', 'a plain file: copy the file here instead of linking to it');
  if (stat.isDirectory()) return refuse('a folder', 'a file: rename or remove the folder');
  if (stat.size > MAX_CONTENT_BYTES) return refuse(kilobytes(stat.size), `a file of at most ${kilobytes(MAX_CONTENT_BYTES)}: shorten it, or check that it is the right file`);
  // Text pasted from Word or saved by Excel may be Windows-1252; read as UTF-8 it would show "Caf�" on the page.
  const problems = new Problems();
  const text = decodeUtf8(readFileSync(path), file, problems);
  return text === null ? { ok: false, problems: problems.list } : { ok: true, text };
}

/** `---` on the first line, the YAML, a closing `---`, then the Markdown body. */
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)([\s\S]*)$/m;

/** Reads a `.yaml` file (companies, high-demand list). */
export function readYamlFile(path: string, file: string): ReadResult {
  const read = readContentText(path, file);
  if (!read.ok) return read;
  const { text } = read;
  const control = findControlCharacters(text, file);
  return control.length ? { ok: false, problems: control } : parseYaml(text, file, 0, '');
}

/** Reads a Markdown file whose YAML front matter holds the fields and whose body is the long description. */
export function readMarkdownFile(path: string, file: string): ReadResult {
  const read = readContentText(path, file);
  if (!read.ok) return read;
  const text = read.text.replace(/^\uFEFF/, '');
  const control = findControlCharacters(text, file);
  if (control.length) return { ok: false, problems: control };
  const match = FRONT_MATTER.exec(text);
  if (!match || match.index !== 0) {
    const expected = 'the file to start with a `---` line, the role fields in YAML, then a closing `---` line before the description';
    return { ok: false, problems: [{ file, line: 1, value: text.split(/\r?\n/, 1)[0], expected }] };
  }
  if (match[2].length > MAX_BODY_CHARS) {
    const bodyLine = text.slice(0, text.length - match[2].length).split('\n').length;
    return { ok: false, problems: [{ file, line: bodyLine, field: 'description', value: `${match[2].length.toLocaleString('en-US')} characters`, expected: `a description of at most ${MAX_BODY_CHARS.toLocaleString('en-US')} characters: shorten it` }] };
  }
  // The front matter starts on line 2, after the opening `---`.
  return parseYaml(match[1], file, 1, match[2]);
}

/** The line of the first alias in the document: where an alias bomb starts. */
function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
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
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // The yaml package throws a ReferenceError for an alias expanding too far; anything else is a bug to see.
    if (!(error instanceof ReferenceError)) throw error;
    const line = lineAt(firstAliasOffset(doc));
    return { ok: false, problems: [{ file, line, value: text.split(/\r?\n/)[line - lineOffset - 1]?.trim() ?? '', expected: `YAML whose aliases (*name) expand to at most ${MAX_ALIAS_COUNT} copies: write the values out instead` }] };
  }
  return { ok: true, content: { file, data, body, lineOf } };
}
