/**
 * `npm run check:links`: every internal link, asset reference and `#fragment` in the built site resolves,
 * and every external link is a well-formed http(s), mailto or tel URL. Reads `dist/` (or `$ATLAS_DIST`)
 * as a static host would serve it, with Astro's `trailingSlash: 'always'`: `/x/` is `x/index.html`, and
 * `/x` for a folder is a broken link (the host would not find it). Each file is parsed once; its ids are
 * kept, and fragments are checked against them after the whole site is read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import { atlasConfig } from '../atlas.config.ts';
import { resolvePaths } from '../pipeline/paths.ts';

export interface BrokenLink {
  page: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  internal: number;
  fragments: number;
  external: number;
  broken: BrokenLink[];
  seconds: number;
}

/** Attributes that point at another resource; `srcset` holds a list. Canonical and og:url are absolute URLs on the site itself. */
const urlAttributes: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  form: ['action'],
  meta: ['content'],
};
const metaUrlProperties = new Set(['og:url', 'og:image', 'twitter:image']);
const externalSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const siteOrigin = new URL(atlasConfig.site.url).origin;
/** A base for resolving links that is not the site's own origin, so a same-origin absolute URL stays recognisable. */
const localBase = 'http://dist.invalid';

interface Reference {
  page: string;
  url: string;
  /** `data:` is fine for an image, never for a link. */
  embedded: boolean;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** The URL path a static host serves `file` at: `x/index.html` → `/x/`, `404.html` → `/404.html`. */
function pagePath(dist: string, file: string): string {
  const path = `/${relative(dist, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** One pass over a page: its ids (and legacy `<a name>`), and every URL it references. */
function readPage(html: string, page: string): { ids: Set<string>; refs: Reference[] } {
  const ids = new Set<string>();
  const refs: Reference[] = [];
  const parser = new Parser({
    onopentag(tag, attrs) {
      if (attrs.id) ids.add(attrs.id);
      if (tag === 'a' && attrs.name) ids.add(attrs.name);
      for (const attr of urlAttributes[tag] ?? []) {
        const value = attrs[attr];
        if (value === undefined) continue;
        if (tag === 'meta' && !metaUrlProperties.has(attrs.property ?? attrs.name ?? '')) continue;
        // Preconnect and dns-prefetch name an origin, not a document.
        if (tag === 'link' && /\b(preconnect|dns-prefetch)\b/.test(attrs.rel ?? '')) continue;
        const urls = attr === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean) : [value.trim()];
        for (const url of urls) refs.push({ page, url, embedded: attr !== 'href' && attr !== 'action' && tag !== 'meta' });
      }
    },
  });
  parser.end(html);
  return { ids, refs };
}

/** `dist` file a root-relative path resolves to, or why it does not. */
function resolveTarget(dist: string, pathname: string): { file: string } | { reason: string } {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { reason: 'malformed percent-encoding' };
  }
  const file = resolve(dist, `.${path}`);
  if (!file.startsWith(dist)) return { reason: 'points outside the site' };
  if (path.endsWith('/')) return existsSync(join(file, 'index.html')) ? { file: join(file, 'index.html') } : { reason: 'no page there' };
  if (existsSync(file) && statSync(file).isFile()) return { file };
  if (existsSync(join(file, 'index.html'))) return { reason: `missing trailing slash (the page is ${path}/)` };
  return { reason: 'no file there' };
}

function checkExternal(ref: Reference): string | null {
  let url: URL;
  try {
    url = new URL(ref.url);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol === 'data:') return ref.embedded ? null : 'a data: URL as a link';
  if (!externalSchemes.has(url.protocol)) return `${url.protocol} URLs are not allowed`;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) return 'no valid host name';
  if (/\s/.test(ref.url)) return 'contains white space';
  return null;
}

export function checkLinks(distDir: string): LinkReport {
  const started = performance.now();
  const dist = resolve(distDir);
  const idsByFile = new Map<string, Set<string>>();
  const refs: Reference[] = [];
  const files = htmlFiles(dist);
  for (const file of files) {
    const page = readPage(readFileSync(file, 'utf8'), pagePath(dist, file));
    idsByFile.set(file, page.ids);
    refs.push(...page.refs);
  }

  const broken: BrokenLink[] = [];
  const resolved = new Map<string, ReturnType<typeof resolveTarget>>();
  let internal = 0;
  let fragments = 0;
  let external = 0;
  for (const ref of refs) {
    const fail = (reason: string) => broken.push({ page: ref.page, url: ref.url, reason });
    if (ref.url === '') {
      fail('empty URL');
      continue;
    }
    const absolute = /^[a-z][a-z0-9+.-]*:/i.test(ref.url) || ref.url.startsWith('//');
    const url = URL.parse(ref.url, localBase + ref.page);
    if (!url) {
      fail('not a valid URL');
      continue;
    }
    if (absolute && url.origin !== siteOrigin) {
      external++;
      const reason = checkExternal(ref);
      if (reason) fail(reason);
      continue;
    }
    internal++;
    let target = resolved.get(url.pathname);
    if (!target) resolved.set(url.pathname, (target = resolveTarget(dist, url.pathname)));
    if ('reason' in target) {
      fail(target.reason);
      continue;
    }
    let fragment: string;
    try {
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      fail('malformed percent-encoding in the fragment');
      continue;
    }
    // An empty fragment and `#top` scroll to the top of any page (HTML's "indicated part of the document").
    if (!fragment || fragment === 'top' || !target.file.endsWith('.html')) continue;
    fragments++;
    if (!idsByFile.get(target.file)?.has(fragment)) fail(`no id="${fragment}" in ${relative(dist, target.file)}`);
  }
  return { pages: files.length, internal, fragments, external, broken, seconds: (performance.now() - started) / 1000 };
}

export function formatReport(report: LinkReport, limit = 50): string {
  const lines = [
    `Links: ${report.pages.toLocaleString('en-US')} pages in ${report.seconds.toFixed(1)} s; ${report.internal.toLocaleString('en-US')} internal references ` +
      `(${report.fragments.toLocaleString('en-US')} with a #fragment), ${report.external.toLocaleString('en-US')} external; ${report.broken.length} broken`,
  ];
  for (const b of report.broken.slice(0, limit)) lines.push(`  ${b.page}  ${b.url}  — ${b.reason}`);
  if (report.broken.length > limit) lines.push(`  … and ${report.broken.length - limit} more`);
  return lines.join('\n');
}

if (import.meta.main) {
  const dir = resolvePaths().distDir;
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`No built site at ${resolve(dir)}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const report = checkLinks(dir);
  console.log(formatReport(report));
  process.exit(report.broken.length ? 1 : 0);
}
