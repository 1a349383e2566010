import type { APIRoute, GetStaticPaths } from 'astro';
import { buildPostingsFile, listPostingsFiles } from '../../lib/search-index.ts';

/** The search index's postings, a few terms per file; a query loads the files of its terms. */
export const getStaticPaths = (() => listPostingsFiles().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET = (({ params }) =>
  new Response(JSON.stringify(buildPostingsFile(String(params.file))), { headers: { 'content-type': 'application/json' } })) satisfies APIRoute;
