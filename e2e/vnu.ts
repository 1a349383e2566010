import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';

/** The Nu HTML Checker (vnu.jar from npm, the W3C validator's engine) on built files. */

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** One JVM for all `files`: starting Java costs more than checking a page. */
export function runVnu(files: string[]): VnuMessage[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--skip-non-html', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.error) throw new Error(`Could not start Java for the Nu HTML Checker (${run.error.message}); install a JRE (apt-get install -y default-jre-headless).`);
  // vnu writes its report to stderr and exits 1 when it finds errors; anything but JSON there is a crash.
  try {
    return (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`The Nu HTML Checker did not report (exit ${run.status}):\n${run.stderr.slice(0, 2000)}`);
  }
}

/** Errors (and fatal ones) as opposed to warnings and notes. */
export const vnuErrors = (messages: VnuMessage[]) => messages.filter((m) => m.type !== 'info');

/** `page.html:12 message` lines, with the offending source, paths relative to `root`. */
export function formatVnu(messages: VnuMessage[], root: string): string {
  return messages
    .map((m) => {
      const where = `${m.url ? relative(root, new URL(m.url).pathname) : '?'}:${m.lastLine ?? '?'}`;
      return `  ${where} ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : ''}`;
    })
    .join('\n');
}
