import { blsTopCode } from '../../../pipeline/constants.ts';
import { wageAreasBySoc, wagesForSoc, type ProgramPage, type RolePage } from '../catalog/index.ts';
import { employmentCounts, fallbackNotes, footnoteLegend } from '../wage-words.ts';
import { absolute, paths } from '../urls.ts';
import { occupationRef, programRef, roleRef } from './occupation-doc.ts';
import { provenance } from './provenance.ts';

/** Role, program and wages API files. */

export function roleDoc(role: RolePage) {
  return {
    $schema: absolute(paths.schema('role')),
    slug: role.slug,
    title: role.title,
    url: absolute(paths.role(role.slug)),
    api: absolute(paths.apiRole(role.slug)),
    embed: absolute(paths.embedRole(role.slug)),
    isExample: role.isExample,
    summary: role.summary,
    descriptionHtml: role.descriptionHtml,
    skills: role.skills,
    company: { ...role.company, url: absolute(paths.company(role.company.slug)) },
    occupation: { ...occupationRef(role.occupation), socCode: role.occupation.socCode, careerArea: role.occupation.careerArea },
    category: role.category,
    employmentType: role.employmentType,
    workLocationType: role.workLocationType,
    location: role.location,
    salary: { min: role.salaryMin, max: role.salaryMax, currency: 'USD', period: 'year', text: role.salary },
    proficiency: role.proficiency,
    applicationUrl: role.applicationUrl,
    datePosted: role.datePosted,
    validThrough: role.validThrough,
    responsibilities: role.lists.responsibilities,
    tasks: role.lists.tasks,
    tools: role.lists.tools,
    related: role.related.map((o) => ({ ...occupationRef(o), relation: o.relation })),
    programs: role.programs.map(programRef),
    similar: role.similar.map(roleRef),
    ...provenance(),
  };
}

export function programDoc(program: ProgramPage) {
  return {
    $schema: absolute(paths.schema('program')),
    id: program.id,
    title: program.title,
    url: absolute(paths.program(program.id)),
    api: absolute(paths.apiProgram(program.id)),
    cipCode: program.cipCode,
    cipTitle: program.cipTitle,
    definition: program.definition,
    description: program.description,
    programUrl: program.url,
    format: program.format,
    duration: program.duration,
    skills: program.skills,
    isExample: program.isExample,
    editor: program.editor,
    award: program.awardLabel,
    institution: program.institution,
    completions: program.completions,
    occupations: program.occupations.map((o) => ({ ...occupationRef(o), skillsInCommon: o.skillsInCommon })),
    ...provenance(),
  };
}

/**
 * One SOC's areas, as the model holds them. An occupation BLS publishes only within its broad group gets
 * the group's areas and names the group; a file with no areas says why.
 */
export function wagesDoc(socCode: string, occupations: { code: string; title: string }[]) {
  const wages = wagesForSoc(socCode);
  const areas = wageAreasBySoc().get(wages.shownSoc) ?? [];
  const markers = new Set(areas.flatMap((a) => Object.values(a.footnotes)));
  return {
    $schema: absolute(paths.schema('wages')),
    socCode,
    occupations: occupations.map(occupationRef),
    group: wages.group,
    units: { hourly: 'US dollars an hour', annual: 'US dollars a year', employment: employmentCounts.oews },
    files: Object.values(wages.files),
    footnoteLegend: footnoteLegend(markers),
    ...(markers.has('#') && { topCode: blsTopCode }),
    ...(areas.length === 0 && { noAreas: fallbackNotes(wages).join(' ') }),
    areas,
    ...provenance(),
  };
}

export function roleIndex(roles: RolePage[]) {
  return {
    $schema: absolute(paths.schema('roles')),
    count: roles.length,
    roles: roles.map((r) => ({
      slug: r.slug,
      title: r.title,
      company: { slug: r.company.slug, name: r.company.name },
      occupation: r.occupation.code,
      location: r.location,
      employmentType: r.employmentType,
      isExample: r.isExample,
      url: absolute(paths.role(r.slug)),
      api: absolute(paths.apiRole(r.slug)),
      embed: absolute(paths.embedRole(r.slug)),
    })),
    ...provenance(),
  };
}

export function programIndex(programs: ProgramPage[]) {
  return {
    $schema: absolute(paths.schema('programs')),
    count: programs.length,
    programs: programs.map((p) => ({
      id: p.id,
      title: p.title,
      cipCode: p.cipCode,
      award: p.awardLabel,
      institution: p.institution.name,
      city: p.institution.city,
      url: absolute(paths.program(p.id)),
      api: absolute(paths.apiProgram(p.id)),
    })),
    ...provenance(),
  };
}
