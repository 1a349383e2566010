import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Role descriptions are written by editors and pasted from job boards, so the HTML is sanitised:
 * Markdown lets raw HTML through, and the page inserts this string as-is.
 */

// A private instance, so no other code's `marked.use(...)` changes what roles render to.
const marked = new Marked({ gfm: true, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2', 'h3', 'h4', 'p', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'code', 'pre', 'a',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del',
  ],
  allowedAttributes: { a: ['href', 'title'], th: ['align'], td: ['align'] },
  // No `javascript:`, `data:` or `vbscript:` links; relative links stay allowed.
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  // The role page already has the h1 (the title); an editor's `#` heading becomes a section heading.
  transformTags: { h1: 'h2' },
};

/** Markdown → HTML safe to insert into a page. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, SANITIZE).trim();
}
