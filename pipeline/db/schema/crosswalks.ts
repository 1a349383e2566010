import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const programLinkSources = ['nces', 'program_sync', 'manual'] as const;

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
    source: text('source', { enum: programLinkSources }).notNull(),
    /** Count of the occupation's important skills, knowledge and hot technologies the program also teaches. */
    skillsInCommon: integer('skills_in_common').notNull(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.occupationCode] })],
);
