import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Where a CIP ↔ SOC mapping, and so a program ↔ occupation link, came from. */
export const crosswalkSources = ['nces', 'program_sync', 'manual'] as const;

/**
 * CIP 2020 ↔ SOC 2018 mappings, with where each came from: the NCES/BLS crosswalk, the program sync
 * (a CIP used by the region's programs whose title names an occupation), or an editor's manual mapping.
 */
export const cipSocCrosswalk = sqliteTable(
  'cip_soc_crosswalk',
  {
    cipCode: text('cip_code').notNull(),
    /** SOC 2018 6-digit code. */
    socCode: text('soc_code').notNull(),
    /** nces: NCES/BLS crosswalk file; program_sync: added by the sync; manual: editions/<edition>/content/crosswalk/manual.yaml. */
    source: text('source', { enum: crosswalkSources }).notNull(),
    /** The site shows the mapping: a program in the region uses the CIP (manual mappings always show). */
    shown: integer('shown', { mode: 'boolean' }).notNull(),
    /** Why a sync or manual mapping exists (matched titles, the editor's note). */
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.cipCode, t.socCode] }), index('cip_soc_soc').on(t.socCode)],
);

/**
 * Programs ↔ occupations, computed by the pipeline: one row per program and O*NET-SOC occupation
 * it prepares for, with where the link came from and the skills they share.
 */
export const programOccupations = sqliteTable(
  'program_occupations',
  {
    programId: text('program_id').notNull(),
    occupationCode: text('occupation_code').notNull(),
    /** nces: CIP→SOC crosswalk; program_sync: CIP title matches the occupation; manual: editor mapping. */
    source: text('source', { enum: crosswalkSources }).notNull(),
    /** Count of the occupation's important skills, knowledge and hot technologies the program also teaches. */
    skillsInCommon: integer('skills_in_common').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.occupationCode] })],
);
