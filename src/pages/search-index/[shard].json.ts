import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchShard, searchShardCount } from '../../lib/search-index.ts';

/** One shard of the search index's postings per file; a query loads the shards of its terms. */
export const getStaticPaths = (() => Array.from({ length: searchShardCount }, (_, n) => ({ params: { shard: String(n) } }))) satisfies GetStaticPaths;

export const GET = (({ params }) =>
  new Response(JSON.stringify(buildSearchShard(Number(params.shard))), { headers: { 'content-type': 'application/json' } })) satisfies APIRoute;
