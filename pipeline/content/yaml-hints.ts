/**
 * What to type for the YAML slips editors make most, in place of the parser's own words ("Nested
 * mappings are not allowed in compact mappings"). Each hint completes "expected …" in a problem line;
 * undefined leaves the parser's message.
 */

/** `key: text` with a further `: ` in the text, the usual way an unquoted colon breaks a value. */
const UNQUOTED_COLON = /^(\s*(?:-\s+)?[\w-]+):\s+([^'"\s].*:\s.*)$/;

const LIST_ITEM = /^(\s*)-\s/;

function quoteHint(line: string): string | undefined {
  const match = UNQUOTED_COLON.exec(line);
  if (!match) return undefined;
  const text = match[2].trim().replaceAll('"', '\\"');
  return `the text in quotes, like ${match[1].trim()}: "${text.length > 50 ? `${text.slice(0, 50)}…` : text}" (a colon followed by a space starts a new key unless the text is quoted)`;
}

/** The line sits among list items (`- …` at its own indent) but has no dash itself. */
function dashHint(lines: readonly string[], index: number): string | undefined {
  const line = lines[index] ?? '';
  const indent = /^\s*/.exec(line)![0];
  if (!line.trim() || LIST_ITEM.test(line)) return undefined;
  for (let i = index - 1; i >= 0; i--) {
    if (!lines[i].trim()) continue;
    const item = LIST_ITEM.exec(lines[i]);
    return item && item[1] === indent ? `a dash before this list item, like "${indent}- ${line.trim()}"` : undefined;
  }
  return undefined;
}

/** `code` is the yaml package's error code; `index` the 0-based line of the error in `lines`. */
export function describeYamlSlip(code: string, lines: readonly string[], index: number): string | undefined {
  const line = lines[index] ?? '';
  if (code === 'TAB_AS_INDENT' || /^ *\t/.test(line)) return 'spaces, not a tab, at the start of the line (YAML indents with spaces only)';
  if (code === 'BLOCK_AS_IMPLICIT_KEY') return quoteHint(line);
  if (code === 'BAD_INDENT' || code === 'MISSING_CHAR') return dashHint(lines, index);
  return undefined;
}
