import type { APIRoute, GetStaticPaths } from 'astro';
import { roleDoc } from '../../../../lib/api/record-docs.ts';
import { json } from '../../../../lib/api/respond.ts';
import { getRolePages, type RolePage } from '../../../../lib/catalog/index.ts';

export const getStaticPaths = (() => getRolePages().map((role) => ({ params: { slug: role.slug }, props: { role } }))) satisfies GetStaticPaths;

export const GET = (({ props }) => json(roleDoc((props as { role: RolePage }).role))) satisfies APIRoute;
