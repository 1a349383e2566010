import { Parser } from 'htmlparser2';

/**
 * What a logo upload must pass before the admin saves it: an image type the build accepts (LOGO_PATTERN
 * in the content schemas), a size fit for a 64 px logo, and for SVG the build's rule that a logo runs
 * nothing (no script, event handlers, foreignObject or other embedded documents, javascript: links).
 * One function, so the site's own SVG check can replace the rule below when it moves to core/.
 */

export const MAX_LOGO_BYTES = 200 * 1024;

const IMAGE = /\.(?:svg|png|jpe?g|webp)$/i;
const UNSAFE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
const LINK_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'to', 'values', 'from', 'by']);
const SCRIPT_URL = /^\s*(javascript|vbscript|data:\s*text\/html)/i;

/** The first thing in an SVG that could run script, or null (htmlparser2 in XML mode, as the build parses SVGs). */
export function findUnsafeSvgPart(svg: string): string | null {
  let found: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (found) return;
        if (UNSAFE_ELEMENTS.has(name.toLowerCase())) found = `<${name}>`;
        for (const [attribute, value] of Object.entries(attributes)) {
          const lower = attribute.toLowerCase();
          if (found) break;
          if (lower.startsWith('on')) found = `${attribute}="…" (an event handler)`;
          else if (LINK_ATTRIBUTES.has(lower) && SCRIPT_URL.test(value.replace(/[\u0000-\u0020]/g, ''))) found = `${attribute}="${value.slice(0, 30)}"`;
        }
      },
    },
    { xmlMode: true },
  );
  parser.end(svg);
  return found;
}

/** null when the file may be a logo, else what to do instead ("Expected …"). */
export function checkLogoFile(name: string, size: number, text: () => string | null): string | null {
  if (!IMAGE.test(name)) return 'Expected an SVG, PNG, JPEG or WebP image';
  if (size > MAX_LOGO_BYTES) return `Expected a logo of at most ${MAX_LOGO_BYTES / 1024} KB (this one is ${Math.ceil(size / 1024)} KB): export it smaller`;
  const svg = /\.svg$/i.test(name) ? text() : null;
  const unsafe = svg === null ? null : findUnsafeSvgPart(svg);
  return unsafe ? `Expected an SVG without script, event handlers, foreignObject or javascript: links (found ${unsafe}): export the logo again as a plain image, or use PNG` : null;
}
