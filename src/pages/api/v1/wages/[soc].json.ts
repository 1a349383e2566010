import type { APIRoute, GetStaticPaths } from 'astro';
import { wagesDoc } from '../../../../lib/api/record-docs.ts';
import { json } from '../../../../lib/api/respond.ts';
import { listOccupations, wageAreasBySoc, type WageArea } from '../../../../lib/catalog/index.ts';
import { groupBy } from '../../../../lib/catalog/db.ts';

/** One file per 6-digit SOC of the catalog's occupations, even without OEWS rows, so every occupation's link resolves. */
export const getStaticPaths = (() => {
  const areas = wageAreasBySoc();
  return [...groupBy(listOccupations(), (o) => o.socCode)].map(([soc, occupations]) => ({
    params: { soc },
    props: { occupations: occupations.map((o) => ({ code: o.code, title: o.title })), areas: areas.get(soc) ?? [] },
  }));
}) satisfies GetStaticPaths;

export const GET = (({ params, props }) => {
  const { occupations, areas } = props as { occupations: { code: string; title: string }[]; areas: WageArea[] };
  return json(wagesDoc(params.soc!, occupations, areas));
}) satisfies APIRoute;
