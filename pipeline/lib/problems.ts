/**
 * The one error shape for every boundary (release rows, content files, config): where (file:line),
 * which field, the value seen and what was expected. Callers collect problems, then fail once.
 */
export type Problem = {
  file: string;
  line?: number;
  field?: string;
  value?: unknown;
  expected: string;
};

const MAX_VALUE_CHARS = 80;

function showValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined) return 'nothing';
  const shown = text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text;
  return `"${shown}"`;
}

/** `file:line  field: got "value", expected …` */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  const field = p.field ? ` ${p.field}:` : '';
  const got = 'value' in p ? ` got ${showValue(p.value)},` : '';
  return `${where}${field}${got} expected ${p.expected}`;
}

/** A collector shared by the steps of one run. */
export class Problems {
  readonly list: Problem[] = [];

  add(problem: Problem): void {
    this.list.push(problem);
  }

  get size(): number {
    return this.list.length;
  }

  /** Every problem, one per line, at most `max` of them followed by a count of the rest. */
  format(max = 100): string {
    const lines = this.list.slice(0, max).map(formatProblem);
    if (this.list.length > max) lines.push(`… and ${this.list.length - max} more`);
    return lines.join('\n');
  }
}
