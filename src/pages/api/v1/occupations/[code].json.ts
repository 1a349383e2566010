import type { APIRoute, GetStaticPaths } from 'astro';
import { occupationDoc } from '../../../../lib/api/occupation-doc.ts';
import { json } from '../../../../lib/api/respond.ts';
import { getOccupationPages, type OccupationPage } from '../../../../lib/catalog/index.ts';

export const getStaticPaths = (() => getOccupationPages().map((page) => ({ params: { code: page.code }, props: { page } }))) satisfies GetStaticPaths;

export const GET = (({ props }) => json(occupationDoc((props as { page: OccupationPage }).page))) satisfies APIRoute;
