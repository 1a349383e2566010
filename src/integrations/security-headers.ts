import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Fills the script-src of `public/_headers` with the hash of every inline script the build emitted.
 * Astro inlines small component scripts and their text changes with the code, so hashes written by hand
 * would go stale; computing them after the build keeps the CSP strict (no 'unsafe-inline') and correct.
 */

export const hashesPlaceholder = "'inline-script-hashes'";

/** Cloudflare Pages ignores `_headers` lines longer than this. */
const maxLineLength = 2000;

/** Hashes of the scripts a browser would run: JSON-LD and other data blocks are not scripts to CSP. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = attrs.match(/\btype\s*=\s*["']?([^"'\s>]+)/i)?.[1].toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
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
        for (const file of await readdir(root, { recursive: true })) {
          if (file.endsWith('.html')) for (const hash of inlineScriptHashes(await readFile(join(root, file), 'utf8'))) hashes.add(hash);
        }
        const path = join(root, '_headers');
        await writeFile(path, fillHashes(await readFile(path, 'utf8'), hashes));
        logger.info(`_headers: script-src allows ${hashes.size} inline script hashes`);
      },
    },
  };
}
