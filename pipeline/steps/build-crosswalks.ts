import { insertRows } from '../db/catalog-db.ts';
import { programOccupations } from '../db/schema/index.ts';
import type { StepContext, StepResult } from './context.ts';

/** Importance (1–5) from which an O*NET skill or knowledge area counts as one the occupation needs. */
export const importantSkillThreshold = 3.5;

/** A program teaches what most of the occupations its CIP code leads to need: at least this share of them. */
export const programSkillShare = 0.5;

type Link = { programId: string; cipCode: string; occupationCode: string };

/** Important skills, knowledge and hot technologies per occupation, as comparable keys. */
function loadOccupationSkills(ctx: StepContext): Map<string, Set<string>> {
  const rows = ctx.db
    .prepare(
      `SELECT occupation_code AS code, domain || ':' || element_id AS skill FROM ratings WHERE importance >= ?
       UNION SELECT occupation_code, 'tech:' || example FROM tools WHERE kind = 'technology' AND hot_technology = 1`,
    )
    .all(importantSkillThreshold) as { code: string; skill: string }[];
  const byOccupation = new Map<string, Set<string>>();
  for (const { code, skill } of rows) {
    if (!byOccupation.has(code)) byOccupation.set(code, new Set());
    byOccupation.get(code)!.add(skill);
  }
  return byOccupation;
}

/**
 * Derives each CIP code's skills from the occupations the NCES crosswalk maps it to: a skill is taught
 * when it is important in at least `programSkillShare` of them. (Editor-given program skills come later.)
 */
function deriveCipSkills(links: Link[], occupationSkills: Map<string, Set<string>>): Map<string, Set<string>> {
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

/** Links programs to O*NET occupations through CIP→SOC (every O*NET code under the 6-digit SOC) and counts shared skills. */
export function buildCrosswalks(ctx: StepContext): StepResult {
  const links = ctx.db
    .prepare(
      `SELECT DISTINCT p.id AS programId, p.cip_code AS cipCode, o.code AS occupationCode
       FROM programs p JOIN cip_soc_crosswalk x ON x.cip_code = p.cip_code JOIN occupations o ON o.soc_code = x.soc_code`,
    )
    .all() as Link[];
  const occupationSkills = loadOccupationSkills(ctx);
  const cipSkills = deriveCipSkills(links, occupationSkills);
  const rows = links.map(({ programId, cipCode, occupationCode }) => {
    const taught = cipSkills.get(cipCode)!;
    const needed = occupationSkills.get(occupationCode) ?? new Set<string>();
    let shared = 0;
    for (const skill of needed) if (taught.has(skill)) shared++;
    return { programId, occupationCode, source: 'nces' as const, skillsInCommon: shared };
  });
  return { program_occupations: insertRows(ctx.db, programOccupations, rows) };
}
