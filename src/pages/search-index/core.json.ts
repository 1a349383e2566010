import type { APIRoute } from 'astro';
import { buildSearchCore } from '../../lib/search-index.ts';

/** What the search page loads when its box gets focus: vocabulary, occupations with pay and time to train, roles, programs. */
export const GET = (() => new Response(JSON.stringify(buildSearchCore()), { headers: { 'content-type': 'application/json' } })) satisfies APIRoute;
