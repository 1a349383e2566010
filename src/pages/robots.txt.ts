import type { APIRoute } from 'astro';
import { absolute } from '../lib/urls.ts';

/**
 * Generated so the sitemap address follows `site.url`. Embed cards stay crawlable: they carry their own
 * `noindex`, which a crawler can only read if it may fetch them.
 */
export const GET = (() =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } })) satisfies APIRoute;
