import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import type { Problem } from '../lib/problems.ts';
import { displayPath } from './load-content.ts';

/**
 * SVG files under `public/` (company logos, the favicon) are published as they are, and an SVG opened on its
 * own is a document that can run script on the site's origin. Logos need none of that, so an SVG holding
 * script, event handlers, foreignObject (HTML inside the SVG) or `javascript:` links is refused, naming the
 * line; the fix is to export the logo again as a plain image. The CSP in `_headers` forbids script there too.
 */

/** Elements that run or embed another document. */
const UNSAFE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
/** Attributes whose value is a link; an animation may also set a link (`<set attributeName="href" to="javascript:…">`). */
const LINK_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'to', 'values', 'from', 'by']);
const SCRIPT_URL = /^\s*(javascript|vbscript|data:\s*text\/html)/i;

function unsafeParts(svg: string): { offset: number; what: string }[] {
  const found: { offset: number; what: string }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const offset = parser.startIndex;
        if (UNSAFE_ELEMENTS.has(name.toLowerCase())) found.push({ offset, what: `<${name}>` });
        for (const [attribute, value] of Object.entries(attribs)) {
          const lower = attribute.toLowerCase();
          if (lower.startsWith('on')) found.push({ offset, what: `${attribute}="…" (an event handler)` });
          else if (LINK_ATTRIBUTES.has(lower) && SCRIPT_URL.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push({ offset, what: `${attribute}="${value.slice(0, 30)}"` });
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(svg);
  return found;
}

/** Every `.svg` under dir that could run script, one problem per finding with its line. */
export function findUnsafeSvgs(dir: string, repoRoot: string): Problem[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.svg'))
    .flatMap((entry) => {
      const path = join(entry.parentPath, entry.name);
      const svg = readFileSync(path, 'utf8');
      return unsafeParts(svg).map(({ offset, what }) => ({
        file: displayPath(repoRoot, path),
        line: svg.slice(0, offset).split('\n').length,
        value: what,
        expected: 'an SVG without script, event handlers, foreignObject or javascript: links: export the logo again as a plain image (or use PNG)',
      }));
    });
}
