import { atlasConfig } from '../../atlas.config.ts';
import type { OccupationPage, OccupationWages, Outlook, ProgramCard, RoleCard } from './catalog/index.ts';
import { formatSignedPercent, formatThousandsOfJobs, plural } from './format.ts';
import { paths } from './urls.ts';
import { medianAmounts, oewsVintage } from './wage-words.ts';

/** One line of an embed card: a label, the figure, and where it comes from. */
export interface CardFact {
  label: string;
  value: string;
  source?: string;
  links?: { href: string; text: string }[];
}

/** How many roles or programs a card names before "and N more" (the full profile lists them all). */
export const cardListCap = 3;

/** The page's headline median, in the wages section's words; a missing median is named, never 0. */
export function wageFact(wages: OccupationWages, label = 'Median pay'): CardFact {
  const { primary } = wages;
  if (!primary) return { label, value: 'Not published by BLS OEWS for this occupation' };
  const vintage = oewsVintage(primary.year);
  return {
    label: `${label}, ${primary.areaName}`,
    value: medianAmounts(primary) ?? 'Median not available',
    source: wages.group ? `${vintage}, for the broader group ${wages.group.title}` : vintage,
  };
}

export function outlookFact(outlook: Outlook | null, label = 'Outlook'): CardFact {
  if (!outlook) return { label, value: 'Not covered by BLS Employment Projections' };
  const change = outlook.changePercent === null ? 'change not available' : `${formatSignedPercent(outlook.changePercent)} employment`;
  const openings = outlook.openingsAnnual === null ? null : `${formatThousandsOfJobs(outlook.openingsAnnual)} openings a year`;
  return {
    label: `${label}, United States ${outlook.period}`,
    value: [change, openings].filter(Boolean).join(' · '),
    source: outlook.group ? `BLS Employment Projections, for the broader group ${outlook.group.title}` : 'BLS Employment Projections',
  };
}

function listFact(label: string, total: number, none: string, noun: string, links: CardFact['links'] = []): CardFact {
  return { label, value: total === 0 ? none : plural(total, noun), links: links.slice(0, cardListCap) };
}

export function rolesFact(roles: RoleCard[]): CardFact {
  const links = roles.map((r) => ({ href: paths.role(r.slug), text: `${r.title}, ${r.companyName}${r.isExample ? ' (example listing)' : ''}` }));
  return listFact(`Open roles in ${atlasConfig.region.name}`, roles.length, 'None listed yet', 'role', links);
}

export function programsFact(programs: ProgramCard[]): CardFact {
  const links = programs.map((p) => ({ href: paths.program(p.id), text: `${p.title}, ${p.institution}` }));
  return listFact(`Programs in ${atlasConfig.region.name}`, programs.length, 'None linked yet', 'program', links);
}

/** The four facts of an occupation card, also shown under a role's card for the role's occupation. */
export function occupationFacts(page: OccupationPage): CardFact[] {
  return [wageFact(page.wages), outlookFact(page.outlook), rolesFact(page.roles), programsFact(page.programs)];
}
