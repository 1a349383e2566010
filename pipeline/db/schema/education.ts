import { eq, type SQL } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** NCES CIP 2020 and IPEDS tables. CIP codes are `NN.NNNN` text with leading zeros kept. */

/** A 6-digit CIP code, `51.3801`, with its leading zero kept (`01.0101`). */
export const CIP_PATTERN = /^\d{2}\.\d{4}$/;

/** CIP 2020 codes: 2-digit families, 4-digit series and 6-digit programs. */
export const cipCodes = sqliteTable('cip_codes', {
  /** `51`, `51.38` or `51.3801`. */
  code: text('code').primaryKey(),
  /** 2, 4 or 6 digits. */
  digits: integer('digits').notNull(),
  family: text('family').notNull(),
  /** Title without NCES's trailing period. */
  title: text('title').notNull(),
  definition: text('definition').notNull(),
  /** NCES change action since CIP 2010, e.g. `New`, `Moved to`, `Deleted`. */
  action: text('action').notNull(),
  /** A code in use in CIP 2020 (not `Moved from` or `Deleted`). */
  active: integer('active', { mode: 'boolean' }).notNull(),
  crossReferences: text('cross_references'),
  examples: text('examples'),
});

/** IPEDS institutions (HD directory) in the region's state. */
export const institutions = sqliteTable('institutions', {
  /** IPEDS UNITID. */
  unitid: integer('unitid').primaryKey(),
  name: text('name').notNull(),
  city: text('city').notNull(),
  /** State postal code. */
  state: text('state').notNull(),
  zip: text('zip'),
  county: text('county'),
  /** Core-based statistical area (metro) code; matches the region's MSA. */
  cbsa: text('cbsa'),
  /** IPEDS sector 0–9 (e.g. 1 public 4-year, 4 public 2-year). */
  sector: integer('sector'),
  /** 1 public, 2 private not-for-profit, 3 private for-profit. */
  control: integer('control'),
  website: text('website'),
  latitude: real('latitude'),
  longitude: real('longitude'),
});

/**
 * Only programs at institutions in the region's metro area (the edition's MSA, which IPEDS gives as the CBSA) are
 * linked, synced into the crosswalk or shown anywhere on the site; the state's other institutions stay in the catalog.
 */
export const institutionInRegion = (msaCode: string): SQL => eq(institutions.cbsa, msaCode);

/** IPEDS award levels (AWLEVEL) and their labels, from the C2024_A dictionary. */
export const awardLevels = {
  20: 'Certificate of less than 12 weeks',
  21: 'Certificate of at least 12 weeks but less than 1 year',
  1: 'Certificate of less than 1 year',
  2: 'Certificate of at least 1 but less than 2 years',
  3: "Associate's degree",
  4: 'Certificate of at least 2 but less than 4 years',
  5: "Bachelor's degree",
  6: 'Postbaccalaureate certificate',
  7: "Master's degree",
  8: "Post-master's certificate",
  17: "Doctor's degree - research/scholarship",
  18: "Doctor's degree - professional practice",
  19: "Doctor's degree - other",
} as const satisfies Record<number, string>;

/** How a program is taught, as editors give it in `editions/<edition>/content/programs/`. */
export const programFormats = ['In person', 'Online', 'Hybrid'] as const;

/** Where a program row comes from: IPEDS completions, or an editor's file adding a program IPEDS does not report. */
export const programSources = ['ipeds', 'editor'] as const;

/** What identifies an IPEDS program: an institution, a 6-digit CIP code and an award level. */
export type ProgramKey = { unitid: number; cipCode: string; awardLevel: number };

/** `<UNITID>-<CIP>-<award level>` (`137351-51.3801-5`), the id of an IPEDS program in the catalog. */
export const PROGRAM_ID_PATTERN = /^\d{6}-\d{2}\.\d{4}-\d{1,2}$/;

/** The catalog id of an IPEDS program; stable across builds, and what editors' files name in `ipeds_id`. */
export const programIdOf = ({ unitid, cipCode, awardLevel }: ProgramKey): string => `${unitid}-${cipCode}-${awardLevel}`;

/** The parts of an IPEDS program id; null for anything else (an editor-added program's id is its file's slug). */
export function parseProgramId(id: string): ProgramKey | null {
  if (!PROGRAM_ID_PATTERN.test(id)) return null;
  const [unitid, cipCode, awardLevel] = id.split('-');
  return { unitid: Number(unitid), cipCode, awardLevel: Number(awardLevel) };
}

/**
 * Programs: an institution × 6-digit CIP × award level that reported completions, plus programs
 * editors add. Editors' files in `editions/<edition>/content/programs/` fill the descriptive columns.
 */
export const programs = sqliteTable(
  'programs',
  {
    /** `programIdOf` (e.g. `137351-51.3801-5`) for IPEDS rows, the file's slug for editor-added ones; stable across builds. */
    id: text('id').primaryKey(),
    unitid: integer('unitid').notNull(),
    /** 6-digit CIP; an editor's correction replaces the reported code here while the id keeps it. */
    cipCode: text('cip_code').notNull(),
    /** IPEDS AWLEVEL code; see `awardLevels`. */
    awardLevel: integer('award_level').notNull(),
    /** The program's name as the institution markets it; null shows the CIP title instead. */
    title: text('title'),
    /** A few sentences from the editor about the program. */
    description: text('description'),
    /** The program's page at the institution; http(s) only. */
    url: text('url'),
    /** One of `programFormats`; null when no editor has said. */
    format: text('format', { enum: programFormats }),
    /** Free text as the institution states it, e.g. `2 years` or `60 credit hours`. */
    duration: text('duration'),
    /** JSON array of the skills an editor lists; null when none (the crosswalks then derive them from the CIP). */
    skills: text('skills', { mode: 'json' }).$type<string[]>(),
    /** ipeds for every reported program, even one an editor corrected; editor for one a content file added. */
    source: text('source', { enum: programSources }).notNull().default('ipeds'),
    /** The content file that added or corrected the row (`editions/<edition>/content/programs/<slug>.yaml`); null when untouched. */
    editedBy: text('edited_by'),
    /** The editor's fields are starter content written by us, labelled on the page until an editor replaces them. */
    isExample: integer('is_example', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('programs_cip').on(t.cipCode), index('programs_unitid').on(t.unitid)],
);

/** IPEDS completions (first majors) per program and academic year. */
export const programCompletions = sqliteTable(
  'program_completions',
  {
    programId: text('program_id').notNull(),
    /** Academic year ending, e.g. 2024 for 2023-24. */
    year: integer('year').notNull(),
    total: integer('total').notNull(),
    men: integer('men').notNull(),
    women: integer('women').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.year] })],
);
