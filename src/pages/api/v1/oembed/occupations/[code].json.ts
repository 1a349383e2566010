import type { APIRoute, GetStaticPaths } from 'astro';
import { oembedDoc } from '../../../../../lib/api/oembed.ts';
import { json } from '../../../../../lib/api/respond.ts';
import { listOccupations } from '../../../../../lib/catalog/index.ts';

export const getStaticPaths = (() => listOccupations().map((o) => ({ params: { code: o.code }, props: { title: o.title } }))) satisfies GetStaticPaths;

export const GET = (({ params, props }) => json(oembedDoc('occupation', params.code!, (props as { title: string }).title))) satisfies APIRoute;
