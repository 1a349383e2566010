import { Parser } from 'htmlparser2';

/**
 * The one rule for SVG files the site publishes (company logos, the favicon): an SVG opened on its own
 * is a document that can run script on the site's origin, and a logo needs none of that. So an SVG
 * holding script, event handlers, foreignObject (HTML inside the SVG) or other embedded documents, or
 * `javascript:` links, is refused. The build applies it to every SVG under `public/`
 * (`pipeline/content/check-svg.ts`), the admin to a logo before uploading it (`src/admin/logo-check.ts`).
 * Browser-safe: htmlparser2 in XML mode, as the build parses SVGs.
 */

/** What an acceptable SVG is, for "expected …" messages. */
export const SAFE_SVG = 'an SVG without script, event handlers, foreignObject or javascript: links';

/** Elements that run or embed another document. */
const UNSAFE_ELEMENTS = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
/** Attributes whose value is a link; an animation may also set a link (`<set attributeName="href" to="javascript:…">`). */
const LINK_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'to', 'values', 'from', 'by']);
const SCRIPT_URL = /^\s*(javascript|vbscript|data:\s*text\/html)/i;

/** Every part of an SVG that could run script, with its offset in the text, in document order. */
export function unsafeSvgParts(svg: string): { offset: number; what: string }[] {
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
