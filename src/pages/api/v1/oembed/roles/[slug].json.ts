import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedDoc } from '../../../../../lib/api/oembed.ts';
import { json } from '../../../../../lib/api/respond.ts';
import { getRolePages } from '../../../../../lib/catalog/index.ts';

export const getStaticPaths = (() =>
  getRolePages().map((r) => ({ params: { slug: r.slug }, props: { title: `${r.title} at ${r.company.name}` } }))) satisfies GetStaticPaths;

export const GET = (({ params, props }) => json(oembedDoc('role', params.slug!, (props as { title: string }).title))) satisfies APIRoute;
