import { desc } from 'drizzle-orm';
import { occupations, occupationTitles } from '../../../pipeline/db/schema/index.ts';
import { cached, groupBy, openCatalog } from './db.ts';

/**
 * Cap per occupation. The catch-all occupations carry thousands of titles (51-9199.00 has 2,750);
 * indexing them all would make those pages match almost any query and bloat every search fragment.
 */
export const searchTitleCap = 80;

const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const words = (text: string) => text.split(/\s+/).length;

/**
 * What people call each occupation, for the search index only: reported titles (what workers call
 * themselves) first, then alternate titles shortest first, because visitors type short lay titles.
 * A short form (`RN`) that its title does not already spell out follows the title. The occupation's
 * own title is left out: the page heading already carries it.
 */
export const searchTitlesByCode = cached((): Map<string, string[]> => {
  const db = openCatalog();
  const own = new Map(db.select({ code: occupations.code, title: occupations.title }).from(occupations).all().map((o) => [o.code, key(o.title)]));
  const rows = db
    .select({ code: occupationTitles.occupationCode, kind: occupationTitles.kind, title: occupationTitles.title, short: occupationTitles.shortTitle })
    .from(occupationTitles)
    .orderBy(occupationTitles.occupationCode, desc(occupationTitles.kind), occupationTitles.id)
    .all();
  const result = new Map<string, string[]>();
  for (const [code, list] of groupBy(rows, (r) => r.code)) {
    // Stable sort: reported before alternate, then fewer words first; ties keep O*NET's order.
    const ordered = [...list].sort((a, b) => (a.kind === b.kind ? words(a.title) - words(b.title) : a.kind === 'reported' ? -1 : 1));
    const seen = new Set([own.get(code)]);
    const titles: string[] = [];
    for (const row of ordered) {
      for (const title of [row.title, row.short]) {
        if (!title || seen.has(key(title)) || (title === row.short && key(row.title).includes(key(title)))) continue;
        seen.add(key(title));
        titles.push(title);
      }
      if (titles.length >= searchTitleCap) break;
    }
    result.set(code, titles.slice(0, searchTitleCap));
  }
  return result;
});
