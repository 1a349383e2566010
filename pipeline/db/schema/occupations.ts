import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** O*NET tables. Codes are O*NET-SOC as published (`29-1141.00`); `soc_code` is its 6-digit SOC 2018 parent. */

/** An O*NET-SOC code as published: `29-1141.00`. */
export const ONET_SOC_PATTERN = /^\d{2}-\d{4}\.\d{2}$/;

/** A 6-digit SOC 2018 code, `29-1141`: the O*NET-SOC code without its `.00`, as the CIP–SOC crosswalk and BLS use it. */
export const SOC_PATTERN = /^\d{2}-\d{4}$/;

/** The 6-digit SOC 2018 code of an O*NET-SOC code: `29-1141.00` → `29-1141`; wages, projections and the crosswalk use it. */
export const socCodeOf = (onetCode: string): string => onetCode.slice(0, 7);

/** The SOC major group, the first two digits: `29-1141.00` → `29`. */
export const majorGroupOf = (code: string): string => code.slice(0, 2);

/** The SOC broad group a 6-digit SOC belongs to, its last digit 0: `13-1021` → `13-1020`. */
export const broadGroupOf = (socCode: string): string => `${socCode.slice(0, 6)}0`;

/** One row per O*NET-SOC occupation (Occupation Data), with the Job Zone folded in. */
export const occupations = sqliteTable(
  'occupations',
  {
    /** O*NET-SOC code, `29-1141.00`. */
    code: text('code').primaryKey(),
    /** SOC 2018 code, `socCodeOf(code)`; joins to wages and projections. */
    socCode: text('soc_code').notNull(),
    /** SOC major group, `majorGroupOf(code)` (`29`): the site's "career area". */
    majorGroup: text('major_group').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** O*NET Job Zone 1–5 (preparation needed); null for occupations O*NET has not rated. */
    jobZone: integer('job_zone'),
  },
  (t) => [index('occupations_soc_code').on(t.socCode), index('occupations_major_group').on(t.majorGroup)],
);

/** An `occupations` row, its SOC and major group derived from the code; the Job Zone comes from another O*NET file. */
export const occupationRowOf = ({ code, title, description }: { code: string; title: string; description: string }): typeof occupations.$inferInsert => ({
  code,
  socCode: socCodeOf(code),
  majorGroup: majorGroupOf(code),
  title,
  description,
});

/** Job Zone Reference: what each zone means. */
export const jobZones = sqliteTable('job_zones', {
  /** 1–5. */
  jobZone: integer('job_zone').primaryKey(),
  name: text('name').notNull(),
  experience: text('experience').notNull(),
  education: text('education').notNull(),
  jobTraining: text('job_training').notNull(),
  examples: text('examples').notNull(),
  /** Specific vocational preparation range, e.g. `Below 4.0`. */
  svpRange: text('svp_range').notNull(),
});

export const taskTypes = ['Core', 'Supplemental'] as const;

/** Task Statements. */
export const tasks = sqliteTable(
  'tasks',
  {
    /** O*NET Task ID. */
    taskId: integer('task_id').primaryKey(),
    occupationCode: text('occupation_code').notNull(),
    task: text('task').notNull(),
    /** Core or Supplemental; null where O*NET has no rating (e.g. new tasks). */
    taskType: text('task_type', { enum: taskTypes }),
    /** Percent of incumbents who reported the task. */
    incumbentsResponding: real('incumbents_responding'),
    /** `MM/YYYY` the statement was last updated. */
    date: text('date'),
    domainSource: text('domain_source'),
  },
  (t) => [index('tasks_occupation').on(t.occupationCode)],
);

/** Technology Skills (software examples) and Tools Used, one table with a `kind`. */
export const toolKinds = ['technology', 'tool'] as const;
export const tools = sqliteTable(
  'tools',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    occupationCode: text('occupation_code').notNull(),
    /** technology (Technology Skills) or tool (Tools Used). */
    kind: text('kind', { enum: toolKinds }).notNull(),
    /** The product or tool, e.g. `Microsoft Excel`. */
    example: text('example').notNull(),
    /** UNSPSC commodity code; the category the site groups by. */
    commodityCode: integer('commodity_code').notNull(),
    commodityTitle: text('commodity_title').notNull(),
    /** O*NET "Hot Technology" flag (technology only). */
    hotTechnology: integer('hot_technology', { mode: 'boolean' }),
    /** O*NET "In Demand" flag (technology only). */
    inDemand: integer('in_demand', { mode: 'boolean' }),
  },
  (t) => [index('tools_occupation').on(t.occupationCode)],
);

export const ratingDomains = ['skill', 'knowledge'] as const;

/** Skills and Knowledge ratings, importance (IM) and level (LV) joined on one row per element. */
export const ratings = sqliteTable(
  'ratings',
  {
    occupationCode: text('occupation_code').notNull(),
    domain: text('domain', { enum: ratingDomains }).notNull(),
    /** Content Model element, e.g. `2.A.1.a`. */
    elementId: text('element_id').notNull(),
    elementName: text('element_name').notNull(),
    /** Importance 1–5. */
    importance: real('importance'),
    /** Level 0–7. */
    level: real('level'),
    /** O*NET recommends suppressing the level (low precision). */
    levelSuppressed: integer('level_suppressed', { mode: 'boolean' }),
    /** O*NET marks the level not relevant (importance too low). */
    levelNotRelevant: integer('level_not_relevant', { mode: 'boolean' }),
  },
  (t) => [primaryKey({ columns: [t.occupationCode, t.domain, t.elementId] })],
);

/** Education, Training, and Experience: percent of respondents per category. */
export const educationRatings = sqliteTable(
  'education_ratings',
  {
    occupationCode: text('occupation_code').notNull(),
    elementId: text('element_id').notNull(),
    elementName: text('element_name').notNull(),
    /** RL education, RW work experience, PT on-site training, OJ on-the-job training. */
    scaleId: text('scale_id').notNull(),
    /** Category number within the scale; null on the IM (importance) rows, which have a value but no category. */
    category: integer('category'),
    /** Percent of respondents in this category, or the importance on IM rows. */
    percent: real('percent'),
    recommendSuppress: integer('recommend_suppress', { mode: 'boolean' }),
  },
  (t) => [index('education_ratings_occupation').on(t.occupationCode)],
);

/** Education, Training, and Experience Categories: labels of the categories above. */
export const educationCategories = sqliteTable(
  'education_categories',
  {
    elementId: text('element_id').notNull(),
    scaleId: text('scale_id').notNull(),
    category: integer('category').notNull(),
    /** e.g. `Bachelor's Degree`. */
    description: text('description').notNull(),
  },
  (t) => [primaryKey({ columns: [t.elementId, t.scaleId, t.category] })],
);

export const titleKinds = ['alternate', 'reported'] as const;

/** Alternate Titles and Sample of Reported Titles: what people call the job. */
export const occupationTitles = sqliteTable(
  'occupation_titles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    occupationCode: text('occupation_code').notNull(),
    /** alternate (Alternate Titles) or reported (Sample of Reported Titles). */
    kind: text('kind', { enum: titleKinds }).notNull(),
    title: text('title').notNull(),
    /** Short form or abbreviation (alternate titles), e.g. `RN`. */
    shortTitle: text('short_title'),
    /** Shown in My Next Move (reported titles). */
    shownInMyNextMove: integer('shown_in_my_next_move', { mode: 'boolean' }),
  },
  (t) => [index('occupation_titles_occupation').on(t.occupationCode)],
);

/**
 * Job titles as employers post them, each with the occupation most postings of it belong to
 * (`data/titles/posted-titles.csv`, kept in the repository): the search's titles besides O*NET's.
 */
export const postedTitles = sqliteTable(
  'posted_titles',
  {
    title: text('title').primaryKey(),
    occupationCode: text('occupation_code').notNull(),
  },
  (t) => [index('posted_titles_occupation').on(t.occupationCode)],
);

/** Related Occupations, as ranked by O*NET. */
export const relatedOccupations = sqliteTable(
  'related_occupations',
  {
    occupationCode: text('occupation_code').notNull(),
    relatedCode: text('related_code').notNull(),
    /** e.g. `Primary-Short`, `Primary-Long`, `Supplemental`. */
    tier: text('tier').notNull(),
    /** O*NET rank, 1 = most related. */
    rank: integer('rank').notNull(),
  },
  (t) => [primaryKey({ columns: [t.occupationCode, t.relatedCode] })],
);

/** Interests (RIASEC): occupational interest scores and high-point codes. */
export const interests = sqliteTable(
  'interests',
  {
    occupationCode: text('occupation_code').notNull(),
    elementId: text('element_id').notNull(),
    /** e.g. `Realistic`, or `First Interest High-Point`. */
    elementName: text('element_name').notNull(),
    /** OI occupational interest (1–7); IH high-point (index into the RIASEC list). */
    scaleId: text('scale_id').notNull(),
    value: real('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.occupationCode, t.elementId, t.scaleId] })],
);

/** Work Styles: personal characteristics that affect how well someone does the job (importance, IM scale). */
export const workStyles = sqliteTable(
  'work_styles',
  {
    occupationCode: text('occupation_code').notNull(),
    /** Content Model element, e.g. `1.C.4.a` (Cooperation). */
    elementId: text('element_id').notNull(),
    elementName: text('element_name').notNull(),
    /** Importance 1–5. */
    importance: real('importance').notNull(),
    /** O*NET recommends suppressing the estimate (low precision). */
    recommendSuppress: integer('recommend_suppress', { mode: 'boolean' }),
  },
  (t) => [primaryKey({ columns: [t.occupationCode, t.elementId] })],
);

/** Work Values: what the job offers a worker (EX extent 1–7; the VH high-point rows are derived from these, not kept). */
export const workValues = sqliteTable(
  'work_values',
  {
    occupationCode: text('occupation_code').notNull(),
    /** Content Model element, e.g. `1.B.2.a` (Achievement). */
    elementId: text('element_id').notNull(),
    elementName: text('element_name').notNull(),
    /** Extent 1–7. */
    extent: real('extent').notNull(),
  },
  (t) => [primaryKey({ columns: [t.occupationCode, t.elementId] })],
);

/** DWA Reference: each Detailed Work Activity with its Intermediate Work Activity and Work Activity element. */
export const detailedWorkActivities = sqliteTable('detailed_work_activities', {
  /** e.g. `4.A.1.a.1.I01.D01`. */
  dwaId: text('dwa_id').primaryKey(),
  title: text('title').notNull(),
  iwaId: text('iwa_id').notNull(),
  iwaTitle: text('iwa_title').notNull(),
  /** The generalized Work Activity, e.g. `4.A.1.a.1` Getting Information. */
  elementId: text('element_id').notNull(),
  elementName: text('element_name').notNull(),
});

/** Tasks to DWAs: which detailed work activities each of an occupation's tasks belongs to. */
export const taskActivities = sqliteTable(
  'task_activities',
  {
    occupationCode: text('occupation_code').notNull(),
    /** O*NET Task ID (Task Statements). */
    taskId: integer('task_id').notNull(),
    /** DWA ID (DWA Reference). */
    dwaId: text('dwa_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.occupationCode, t.taskId, t.dwaId] }), index('task_activities_dwa').on(t.dwaId)],
);
