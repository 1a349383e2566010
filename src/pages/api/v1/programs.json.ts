import type { APIRoute } from 'astro';
import { programIndex } from '../../../lib/api/record-docs.ts';
import { json } from '../../../lib/api/respond.ts';
import { getRegionPrograms } from '../../../lib/catalog/index.ts';

export const GET = (() => json(programIndex(getRegionPrograms()))) satisfies APIRoute;
