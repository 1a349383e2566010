import { atlasConfig } from '../../../atlas.config.ts';
import { type OccupationPage, type OccupationSummary, type ProgramCard, type RoleCard } from '../catalog/index.ts';
import { absolute, paths } from '../urls.ts';
import { employmentCounts, fallbackNotes, gapWords } from '../wage-words.ts';
import { provenance } from './provenance.ts';

/** The occupation API files: what the page shows, as numbers where the page shows formatted text. */

export const roleRef = (r: RoleCard) => ({
  slug: r.slug,
  title: r.title,
  company: { slug: r.companySlug, name: r.companyName },
  city: r.city,
  state: r.state,
  category: r.category,
  employmentType: r.employmentType,
  workLocationType: r.workLocationType,
  proficiency: r.proficiency,
  isExample: r.isExample,
  url: absolute(paths.role(r.slug)),
  api: absolute(paths.apiRole(r.slug)),
});

export const programRef = (p: ProgramCard) => ({
  id: p.id,
  title: p.title,
  institution: p.institution,
  city: p.city,
  award: p.awardLabel,
  skillsInCommon: p.skillsInCommon,
  url: absolute(paths.program(p.id)),
  api: absolute(paths.apiProgram(p.id)),
});

export const occupationRef = (o: { code: string; title: string }) => ({
  code: o.code,
  title: o.title,
  url: absolute(paths.occupation(o.code)),
  api: absolute(paths.apiOccupation(o.code)),
});

/** The page's wages as numbers, straight from the model, with the sentences the page prints around them. */
function wagesBlock({ socCode, wages }: OccupationPage) {
  return {
    region: atlasConfig.region.msa,
    primary: wages.primary,
    gaps: wages.gaps.map((g) => ({ socCode: g.socCode, areaType: g.areaType, areaName: g.areaName, kind: g.kind, file: g.file?.path ?? null, reason: gapWords(g) })),
    national: wages.national,
    group: wages.group,
    notes: fallbackNotes(wages),
    employmentCounts: employmentCounts.oews,
    allAreas: absolute(paths.apiWages(socCode)),
  };
}

export function occupationDoc(page: OccupationPage) {
  return {
    $schema: absolute(paths.schema('occupation')),
    ...occupationRef(page),
    socCode: page.socCode,
    description: page.description,
    embed: absolute(paths.embedOccupation(page.code)),
    careerArea: { majorGroup: page.majorGroup, title: page.careerArea },
    jobZone: page.jobZone,
    highDemand: page.highDemand,
    alsoCalled: page.alsoCalled,
    alsoCalledTotal: page.alsoCalledTotal,
    wages: wagesBlock(page),
    outlook: page.outlook && { scope: 'United States', jobsUnit: 'thousands', employmentCounts: employmentCounts.projections, ...page.outlook },
    roles: page.roles.map(roleRef),
    programs: page.programs.map(programRef),
    responsibilities: page.lists.responsibilities,
    tasks: page.lists.tasks,
    tools: page.lists.tools,
    skills: page.skills,
    knowledge: page.knowledge,
    education: page.education,
    related: page.related.map(occupationRef),
    ...provenance(),
  };
}

export function occupationIndex(list: OccupationSummary[]) {
  return {
    $schema: absolute(paths.schema('occupations')),
    count: list.length,
    occupations: list.map((o) => ({
      ...occupationRef(o),
      socCode: o.socCode,
      summary: o.summary,
      careerArea: o.careerArea,
      jobZone: o.jobZone,
      highDemand: o.highDemand.length > 0,
      openRoles: o.openRoles,
      programs: o.programs,
      wages: absolute(paths.apiWages(o.socCode)),
      embed: absolute(paths.embedOccupation(o.code)),
    })),
    ...provenance(),
  };
}
