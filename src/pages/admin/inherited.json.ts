import type { APIRoute } from 'astro';
import { json } from '../../lib/api/respond.ts';
import { getInheritedLists } from '../../lib/catalog/inherited-items.ts';

/** The admin's override view: for each override file's owner, the lists it inherits (O*NET's, or its occupation's). */
export const GET = (() => json(getInheritedLists())) satisfies APIRoute;
