import type { APIRoute } from 'astro';
import { json } from '../../lib/api/respond.ts';
import { listOccupations } from '../../lib/catalog/index.ts';
import { searchTitlesByCode } from '../../lib/catalog/search-titles.ts';

/**
 * What the admin's occupation picker searches: each O*NET occupation with the titles people use for it
 * (the search index's, shortest first). Fetched only by /admin/; no public page links it.
 */
const titlesPerOccupation = 20;

export const GET = (() => {
  const titles = searchTitlesByCode();
  return json(listOccupations().map((o) => [o.code, o.title, (titles.get(o.code) ?? []).slice(0, titlesPerOccupation)]));
}) satisfies APIRoute;
