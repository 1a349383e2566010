import { and, eq, gte } from 'drizzle-orm';
import { insertRows } from '../db/catalog-db.ts';
import { cipSocCrosswalk, crosswalkSources, institutionInRegion, institutions, occupations, programOccupations, programs, ratings, tools } from '../db/schema/index.ts';
import { titleStems } from '../../core/title-match.ts';
import type { StepContext, StepResult } from './context.ts';

/** Importance (1–5) from which an O*NET skill or knowledge area counts as one the occupation needs. */
export const importantSkillThreshold = 3.5;

/** A program teaches what most of the occupations its CIP code leads to need: at least this share of them. */
export const programSkillShare = 0.5;

type Link = {
  programId: string;
  cipCode: string;
  occupationCode: string;
  source: (typeof crosswalkSources)[number];
  /** Editor-given skills, or null when the editors listed none. */
  editorSkills: string[] | null;
};

/** Important skills, knowledge and hot technologies per occupation, by name. */
function loadOccupationSkills(ctx: StepContext): Map<string, Set<string>> {
  const rows = ctx.orm
    .select({ code: ratings.occupationCode, skill: ratings.elementName })
    .from(ratings)
    .where(gte(ratings.importance, importantSkillThreshold))
    .union(ctx.orm.select({ code: tools.occupationCode, skill: tools.example }).from(tools).where(and(eq(tools.kind, 'technology'), eq(tools.hotTechnology, true))))
    .all();
  const byOccupation = new Map<string, Set<string>>();
  for (const { code, skill } of rows) {
    if (!byOccupation.has(code)) byOccupation.set(code, new Set());
    byOccupation.get(code)!.add(skill);
  }
  return byOccupation;
}

/**
 * Derives each CIP code's skills from the occupations the crosswalk maps it to: a skill is taught when
 * it is important in at least `programSkillShare` of them. Editors list a program's highlights, not a
 * full inventory, so their skills add to the derived ones rather than replace them.
 */
export function deriveCipSkills(links: Link[], occupationSkills: Map<string, Set<string>>): Map<string, Set<string>> {
  const occupationsByCip = new Map<string, Set<string>>();
  for (const { cipCode, occupationCode } of links) {
    if (!occupationsByCip.has(cipCode)) occupationsByCip.set(cipCode, new Set());
    occupationsByCip.get(cipCode)!.add(occupationCode);
  }
  const cipSkills = new Map<string, Set<string>>();
  for (const [cip, codes] of occupationsByCip) {
    const counts = new Map<string, number>();
    for (const code of codes) for (const skill of occupationSkills.get(code) ?? []) counts.set(skill, (counts.get(skill) ?? 0) + 1);
    const needed = Math.max(1, Math.ceil(codes.size * programSkillShare));
    cipSkills.set(cip, new Set([...counts].filter(([, n]) => n >= needed).map(([skill]) => skill)));
  }
  return cipSkills;
}

/**
 * Editors describe skills in their own words ("Construction estimating"); one counts for an O*NET skill,
 * knowledge area or technology ("Building and Construction") when they share a significant word stem.
 */
export function editorSkillMatcher(editorSkills: string[]): (skill: string) => boolean {
  const stems = new Set(editorSkills.flatMap((s) => [...titleStems(s)]));
  return (skill) => [...titleStems(skill)].some((stem) => stems.has(stem));
}

/**
 * Links the region's programs to O*NET occupations through the shown CIP→SOC mappings (every O*NET
 * code under the 6-digit SOC) and counts the skills they share.
 */
export function linkPrograms(ctx: StepContext): StepResult {
  const links: Link[] = ctx.orm
    .select({ programId: programs.id, cipCode: programs.cipCode, occupationCode: occupations.code, source: cipSocCrosswalk.source, editorSkills: programs.skills })
    .from(programs)
    .innerJoin(institutions, eq(institutions.unitid, programs.unitid))
    .innerJoin(cipSocCrosswalk, and(eq(cipSocCrosswalk.cipCode, programs.cipCode), eq(cipSocCrosswalk.shown, true)))
    .innerJoin(occupations, eq(occupations.socCode, cipSocCrosswalk.socCode))
    .where(institutionInRegion(ctx.config.region.msa.code))
    .all();
  const occupationSkills = loadOccupationSkills(ctx);
  const cipSkills = deriveCipSkills(links, occupationSkills);
  const rows = links.map(({ programId, cipCode, occupationCode, source, editorSkills }) => {
    const needed = occupationSkills.get(occupationCode) ?? new Set<string>();
    const derived = cipSkills.get(cipCode)!;
    const fromEditor = editorSkills ? editorSkillMatcher(editorSkills) : () => false;
    const teaches = (skill: string) => derived.has(skill) || fromEditor(skill);
    let shared = 0;
    for (const skill of needed) if (teaches(skill)) shared++;
    return { programId, occupationCode, source, skillsInCommon: shared };
  });
  return { program_occupations: insertRows(ctx.db, programOccupations, rows) };
}
