import type { APIRoute, GetStaticPaths } from 'astro';
import { programDoc } from '../../../../lib/api/record-docs.ts';
import { json } from '../../../../lib/api/respond.ts';
import { getRegionPrograms, type ProgramPage } from '../../../../lib/catalog/index.ts';

export const getStaticPaths = (() => getRegionPrograms().map((program) => ({ params: { id: program.id }, props: { program } }))) satisfies GetStaticPaths;

export const GET = (({ props }) => json(programDoc((props as { program: ProgramPage }).program))) satisfies APIRoute;
