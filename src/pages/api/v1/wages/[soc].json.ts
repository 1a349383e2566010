import type { APIRoute, GetStaticPaths } from 'astro';
import { wagesDoc } from '../../../../lib/api/record-docs.ts';
import { json } from '../../../../lib/api/respond.ts';
import { listOccupations } from '../../../../lib/catalog/index.ts';
import { groupBy } from '../../../../lib/catalog/db.ts';

/**
 * One file per 6-digit SOC of the catalog's occupations, even without OEWS rows, so every occupation's
 * link resolves; an occupation published only within its broad group carries the group's areas.
 */
export const getStaticPaths = (() =>
  [...groupBy(listOccupations(), (o) => o.socCode)].map(([soc, occupations]) => ({
    params: { soc },
    props: { occupations: occupations.map((o) => ({ code: o.code, title: o.title })) },
  }))) satisfies GetStaticPaths;

export const GET = (({ params, props }) => {
  const { occupations } = props as { occupations: { code: string; title: string }[] };
  return json(wagesDoc(params.soc!, occupations));
}) satisfies APIRoute;
