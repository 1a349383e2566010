import type { APIRoute } from 'astro';
import { roleIndex } from '../../../lib/api/record-docs.ts';
import { json } from '../../../lib/api/respond.ts';
import { getRolePages } from '../../../lib/catalog/index.ts';

export const GET = (() => json(roleIndex(getRolePages()))) satisfies APIRoute;
