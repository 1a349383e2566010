import type { APIRoute } from 'astro';
import { occupationIndex } from '../../../lib/api/occupation-doc.ts';
import { json } from '../../../lib/api/respond.ts';
import { listOccupations } from '../../../lib/catalog/index.ts';

export const GET = (() => json(occupationIndex(listOccupations()))) satisfies APIRoute;
