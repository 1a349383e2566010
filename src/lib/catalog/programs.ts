import { desc, eq, sql } from 'drizzle-orm';
import { atlasConfig } from '../../../atlas.config.ts';
import {
  awardLevels,
  cipCodes,
  institutionInRegion,
  institutions,
  occupations,
  programCompletions,
  programOccupations,
  programs,
} from '../../../pipeline/db/schema/index.ts';
import { titleStems } from '../../../core/title-match.ts';
import { awardDistance, describeAward } from '../award-levels.ts';
import { cached, groupBy, openCatalog } from './db.ts';
import { preparationByCode } from './preparation.ts';

/** Why a program is linked to an occupation, when not through the NCES CIP–SOC crosswalk alone. */
export type LinkReason = 'title-match' | 'editor-mapping' | 'editor-added';

export interface ProgramCard {
  id: string;
  /** The marketed title an editor gave, else the CIP title. */
  title: string;
  institution: string;
  city: string;
  cipCode: string;
  /** IPEDS AWLEVEL code. */
  awardLevel: number;
  /** NCES's label for the award level. */
  awardLabel: string;
  /** Typical full-time length in plain words. */
  awardLength: string;
  skillsInCommon: number;
  /** Completions in the latest IPEDS year; 0 when none were reported. */
  completions: number;
  /** That year as NCES names it, e.g. `2023–24`. */
  completionsYear: string;
  /** Set when the NCES crosswalk alone would not list the program for the occupation. */
  whyListed: LinkReason | null;
  /** Words the program's field (CIP title) shares with the occupation's title, e.g. 2 for Surgical Technology. */
  titleWordsShared: number;
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
  awardLevel: number;
  awardLabel: string;
  awardLength: string;
  institution: { name: string; city: string; state: string; website: string | null };
  /** Newest academic year first. */
  completions: { year: number; total: number; men: number; women: number }[];
  /**
   * Occupations the program leads to: those the NCES crosswalk links its CIP to first, then by how close the
   * award is to each occupation's entry level, then those named like the field, then by skills in common.
   */
  occupations: { code: string; title: string; skillsInCommon: number; source: ProgramLinkSource; awardDistance: number; titleWordsShared: number }[];
}

type ProgramLinkSource = (typeof programOccupations.$inferSelect)['source'];

/** The academic year IPEDS completions are counted in: 2024 → `2023–24`. */
export function academicYear(year: number): string {
  return `${year - 1}–${String(year % 100).padStart(2, '0')}`;
}

/**
 * Beginner-first order, the one used by occupation pages, role pages, embed cards and the API: programs at the
 * occupation's typical entry award level first, and among them those whose field is named like the occupation
 * ("Surgical Technology" before "Sterile Processing" for surgical technologists); then shorter before longer, then
 * more completions before fewer. Programs with no completions in the latest year come last.
 */
export function orderProgramsForBeginners<P extends Pick<ProgramCard, 'awardLevel' | 'completions' | 'title' | 'titleWordsShared'>>(
  programs: P[],
  entryLevels: readonly number[],
): P[] {
  const key = (p: P) => {
    const atEntry = entryLevels.includes(p.awardLevel);
    return [p.completions > 0 ? 0 : 1, atEntry ? 0 : 1, atEntry ? -p.titleWordsShared : 0, describeAward(p.awardLevel).years, -p.completions];
  };
  return [...programs].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const i = ka.findIndex((v, n) => v !== kb[n]);
    return i === -1 ? a.title.localeCompare(b.title) : ka[i] - kb[i];
  });
}

function sharedWords(a: string, b: string): number {
  const stems = titleStems(b);
  return [...titleStems(a)].filter((s) => stems.has(s)).length;
}

function linkReason(source: ProgramLinkSource, editor: ProgramPage['editor']): LinkReason | null {
  if (editor === 'added') return 'editor-added';
  return source === 'program_sync' ? 'title-match' : source === 'manual' ? 'editor-mapping' : null;
}

const inRegion = institutionInRegion(atlasConfig.region.msa.code);

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
      .select({ programId: programOccupations.programId, code: occupations.code, title: occupations.title, skillsInCommon: programOccupations.skillsInCommon, source: programOccupations.source })
      .from(programOccupations)
      .innerJoin(occupations, eq(occupations.code, programOccupations.occupationCode))
      .innerJoin(programs, eq(programs.id, programOccupations.programId))
      .innerJoin(institutions, eq(institutions.unitid, programs.unitid))
      .where(inRegion)
      .orderBy(desc(programOccupations.skillsInCommon), occupations.title)
      .all(),
    (r) => r.programId,
  );
  const preparation = preparationByCode();
  const direct = (source: ProgramLinkSource) => (source === 'nces' ? 0 : 1);
  return rows.map((r) => {
    const cipTitle = readableTitle(r.cipTitle ?? `CIP ${r.cipCode}`);
    const linked = (links.get(r.id) ?? []).map(({ programId: _, ...o }) => ({
      ...o,
      awardDistance: awardDistance(r.awardLevel, preparation.get(o.code)?.entryLevels ?? []),
      titleWordsShared: sharedWords(cipTitle, o.title),
    }));
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
      awardLevel: r.awardLevel,
      awardLabel: awardLabel(r.awardLevel),
      awardLength: describeAward(r.awardLevel).length,
      institution: { name: r.name, city: r.city, state: r.state, website: r.website },
      completions: (completions.get(r.id) ?? []).map(({ programId: _, ...c }) => c),
      occupations: linked.sort((a, b) => direct(a.source) - direct(b.source) || a.awardDistance - b.awardDistance || b.titleWordsShared - a.titleWordsShared || b.skillsInCommon - a.skillsInCommon || a.title.localeCompare(b.title)),
    };
  });
});

/** The latest academic year (its ending calendar year) with IPEDS completions in the catalog. */
export const getCompletionsYear = cached((): number =>
  Math.max(0, ...getRegionPrograms().flatMap((p) => p.completions.map((c) => c.year))));

/** Program cards per O*NET-SOC code, beginner first (`orderProgramsForBeginners`). */
export const programCardsByOccupation = cached((): Map<string, ProgramCard[]> => {
  const byCode = new Map<string, ProgramCard[]>();
  const year = getCompletionsYear();
  for (const p of getRegionPrograms()) {
    for (const o of p.occupations) {
      const list = byCode.get(o.code) ?? [];
      list.push({
        id: p.id,
        title: p.title,
        institution: p.institution.name,
        city: p.institution.city,
        cipCode: p.cipCode,
        awardLevel: p.awardLevel,
        awardLabel: p.awardLabel,
        awardLength: p.awardLength,
        skillsInCommon: o.skillsInCommon,
        completions: p.completions.find((c) => c.year === year)?.total ?? 0,
        completionsYear: academicYear(year),
        whyListed: linkReason(o.source, p.editor),
        titleWordsShared: o.titleWordsShared,
      });
      byCode.set(o.code, list);
    }
  }
  const preparation = preparationByCode();
  return new Map([...byCode].map(([code, list]) => [code, orderProgramsForBeginners(list, preparation.get(code)?.entryLevels ?? [])]));
});
