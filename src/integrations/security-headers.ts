import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { coverPageSections } from './headers-file.ts';

/**
 * Fills the script-src of `public/_headers` with the hash of every inline script the build emitted.
 * Astro inlines small component scripts and their text changes with the code, so hashes written by hand
 * would go stale; computing them after the build keeps the CSP strict (no 'unsafe-inline') and correct.
 */

export const hashesPlaceholder = "'inline-script-hashes'";

/** Cloudflare Pages ignores `_headers` lines longer than this. */
const maxLineLength = 2000;

/**
 * Hashes of the scripts a browser would run: JSON-LD and other data blocks are not scripts to CSP. The page
 * is parsed as a browser parses it, so text that only looks like `<script>…</script>` (an editor's title in
 * an og:title or meta description attribute, escaped text in the body) is never taken for a script: only
 * script elements, which only the site's own components emit (editors' Markdown is sanitised), are hashed.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  let body: string | null = null;
  const parser = new Parser({
    onopentag(name, attribs) {
      if (name !== 'script' || 'src' in attribs) return;
      const type = attribs.type?.trim().toLowerCase();
      if (!type || type === 'module' || type.includes('javascript')) body = '';
    },
    ontext(text) {
      if (body !== null) body += text;
    },
    onclosetag(name) {
      if (name !== 'script' || body === null) return;
      hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
      body = null;
    },
  }, { decodeEntities: false });
  parser.end(html);
  return hashes;
}

export function fillHashes(template: string, hashes: Iterable<string>): string {
  if (!template.includes(hashesPlaceholder)) throw new Error(`_headers has no ${hashesPlaceholder} placeholder to fill`);
  const filled = template.replaceAll(hashesPlaceholder, [...new Set(hashes)].sort().join(' '));
  const long = filled.split('\n').find((line) => line.length > maxLineLength);
  if (long) throw new Error(`_headers line longer than ${maxLineLength} characters (hosts drop it): ${long.slice(0, 80)}…`);
  return filled;
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'atlas-security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const hashes = new Set<string>();
        const pages: string[] = [];
        for (const file of await readdir(root, { recursive: true })) {
          if (!file.endsWith('.html')) continue;
          pages.push(`/${file.split(sep).join('/')}`);
          for (const hash of inlineScriptHashes(await readFile(join(root, file), 'utf8'))) hashes.add(hash);
        }
        const path = join(root, '_headers');
        const { text, added } = coverPageSections(await readFile(path, 'utf8'), pages);
        await writeFile(path, fillHashes(text, hashes));
        logger.info(`_headers: script-src allows ${hashes.size} inline script hashes${added.length ? `; page rules added for ${added.join(', ')}` : ''}`);
      },
    },
  };
}
