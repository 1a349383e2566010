/**
 * The `_headers` format of Netlify and Cloudflare Pages: a path pattern on its own line, then indented
 * `Name: value` lines. A request gets the headers of every rule whose pattern matches its path, and a
 * header set by two matching rules is joined with a comma; `*` matches any run of characters.
 */

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not under a path or has no "Name: value"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const matcher = (pattern: string) => new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/** The headers a host sends for `path`, lower-cased names, combined as the hosts combine them. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!matcher(rule.pattern).test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      result[key] = key in result ? `${result[key]}, ${value}` : value;
    }
  }
  return result;
}

/** A page's address as served: `/x/index.html` is `/x/`. */
const servedPath = (page: string) => page.replace(/(^|\/)index\.html$/, '$1');

/**
 * Gives every page the page headers. A page in a section no rule of its own covers (a new page type, the
 * 404 page) would get only the /* rule, which cannot forbid framing (embed cards are framed); such a
 * section gets a copy of the home page's rule, so no page type is ever served frameable by mistake.
 */
export function coverPageSections(text: string, pages: string[]): { text: string; added: string[] } {
  const rules = parseHeadersFile(text);
  const own = rules.filter((rule) => rule.pattern !== '/*');
  const home = own.find((rule) => rule.pattern === '/');
  if (!home) throw new Error('_headers has no rule for / to give the other pages');
  const added = new Set<string>();
  for (const page of pages) {
    const path = servedPath(page);
    if (headersFor(own, path)['content-security-policy']) continue;
    const folder = /^\/[^/]+\//.exec(path)?.[0];
    const pattern = folder ? `${folder}*` : path;
    if (!added.has(pattern)) own.push({ pattern, headers: home.headers });
    added.add(pattern);
  }
  const lines = [...added].map((pattern) => `\n${pattern}\n${home.headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`);
  return { text: lines.length ? `${text.trimEnd()}\n\n# Page sections with no rule above get the rules of /.${lines.join('')}` : text, added: [...added] };
}
