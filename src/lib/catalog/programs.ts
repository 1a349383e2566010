import { desc, eq, sql } from 'drizzle-orm';
import { atlasConfig } from '../../../atlas.config.ts';
import {
  awardLevels,
  cipCodes,
  institutions,
  occupations,
  programCompletions,
  programOccupations,
  programs,
} from '../../../pipeline/db/schema/index.ts';
import { cached, groupBy, openCatalog } from './db.ts';

export interface ProgramCard {
  id: string;
  /** The marketed title an editor gave, else the CIP title. */
  title: string;
  institution: string;
  city: string;
  awardLabel: string;
  skillsInCommon: number;
}

export interface ProgramPage {
  id: string;
  cipCode: string;
  /** The marketed title an editor gave, else the CIP title. */
  title: string;
  /** What the program teaches, in NCES's words. */
  cipTitle: string;
  definition: string;
  /** The editor's fields, null (or empty) when no editor has given them. */
  description: string | null;
  url: string | null;
  format: string | null;
  duration: string | null;
  skills: string[];
  /** The editor's fields are starter content written by us. */
  isExample: boolean;
  /** corrected: an editor's file changed an IPEDS row; added: an editor's file added a program IPEDS does not report. */
  editor: 'corrected' | 'added' | null;
  awardLabel: string;
  institution: { name: string; city: string; state: string; website: string | null };
  /** Newest academic year first. */
  completions: { year: number; total: number; men: number; women: number }[];
  occupations: { code: string; title: string; skillsInCommon: number }[];
}

/** Only programs at institutions in the region's metro area are shown anywhere on the site. */
const inRegion = eq(institutions.cbsa, atlasConfig.region.msa.code);

function awardLabel(level: number): string {
  return (awardLevels as Record<number, string>)[level] ?? `Award level ${level}`;
}

/** CIP titles are catalogue-style (`Registered Nursing/Registered Nurse`); a space lets them wrap. */
const readableTitle = (title: string) => title.replace(/\//g, ' / ');

/** All region programs with their completions and occupations, in three queries. */
export const getRegionPrograms = cached((): ProgramPage[] => {
  const db = openCatalog();
  const rows = db
    .select({
      id: programs.id,
      cipCode: programs.cipCode,
      awardLevel: programs.awardLevel,
      name: institutions.name,
      city: institutions.city,
      state: institutions.state,
      website: institutions.website,
      cipTitle: cipCodes.title,
      definition: cipCodes.definition,
      title: programs.title,
      description: programs.description,
      url: programs.url,
      format: programs.format,
      duration: programs.duration,
      skills: programs.skills,
      source: programs.source,
      editedBy: programs.editedBy,
      isExample: programs.isExample,
    })
    .from(programs)
    .innerJoin(institutions, eq(institutions.unitid, programs.unitid))
    .leftJoin(cipCodes, eq(cipCodes.code, programs.cipCode))
    .where(inRegion)
    .orderBy(institutions.name, sql`coalesce(${programs.title}, ${cipCodes.title})`, programs.awardLevel)
    .all();
  const completions = groupBy(
    db
      .select({ programId: programCompletions.programId, year: programCompletions.year, total: programCompletions.total, men: programCompletions.men, women: programCompletions.women })
      .from(programCompletions)
      .innerJoin(programs, eq(programs.id, programCompletions.programId))
      .innerJoin(institutions, eq(institutions.unitid, programs.unitid))
      .where(inRegion)
      .orderBy(desc(programCompletions.year))
      .all(),
    (r) => r.programId,
  );
  const links = groupBy(
    db
      .select({ programId: programOccupations.programId, code: occupations.code, title: occupations.title, skillsInCommon: programOccupations.skillsInCommon })
      .from(programOccupations)
      .innerJoin(occupations, eq(occupations.code, programOccupations.occupationCode))
      .innerJoin(programs, eq(programs.id, programOccupations.programId))
      .innerJoin(institutions, eq(institutions.unitid, programs.unitid))
      .where(inRegion)
      .orderBy(desc(programOccupations.skillsInCommon), occupations.title)
      .all(),
    (r) => r.programId,
  );
  return rows.map((r) => {
    const cipTitle = readableTitle(r.cipTitle ?? `CIP ${r.cipCode}`);
    return {
      id: r.id,
      cipCode: r.cipCode,
      title: r.title ?? cipTitle,
      cipTitle,
      definition: r.definition ?? '',
      description: r.description,
      url: r.url,
      format: r.format,
      duration: r.duration,
      skills: r.skills ?? [],
      isExample: r.isExample,
      editor: r.editedBy === null ? null : r.source === 'editor' ? 'added' : 'corrected',
      awardLabel: awardLabel(r.awardLevel),
      institution: { name: r.name, city: r.city, state: r.state, website: r.website },
      completions: (completions.get(r.id) ?? []).map(({ programId: _, ...c }) => c),
      occupations: (links.get(r.id) ?? []).map(({ programId: _, ...o }) => o),
    };
  });
});

/**
 * Program cards per O*NET-SOC code, best match first: most skills in common, then the
 * program that graduates the most people.
 */
export const programCardsByOccupation = cached((): Map<string, ProgramCard[]> => {
  const byCode = new Map<string, (ProgramCard & { completions: number })[]>();
  for (const p of getRegionPrograms()) {
    for (const o of p.occupations) {
      const list = byCode.get(o.code) ?? [];
      list.push({
        id: p.id,
        title: p.title,
        institution: p.institution.name,
        city: p.institution.city,
        awardLabel: p.awardLabel,
        skillsInCommon: o.skillsInCommon,
        completions: p.completions[0]?.total ?? 0,
      });
      byCode.set(o.code, list);
    }
  }
  const sorted = new Map<string, ProgramCard[]>();
  for (const [code, list] of byCode) {
    list.sort((a, b) => b.skillsInCommon - a.skillsInCommon || b.completions - a.completions || a.title.localeCompare(b.title));
    sorted.set(code, list.map(({ completions: _, ...card }) => card));
  }
  return sorted;
});
