import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Editor content from `editions/<edition>/content/`: companies, their employer roles, and the effective O*NET lists after overrides. */

export const employmentTypes = ['Full-time', 'Part-time', 'Contract', 'Temporary', 'Internship'] as const;
export const workLocationTypes = ['Onsite', 'Remote', 'Hybrid'] as const;

/** Lowercase words joined by hyphens, as in URLs (`/roles/<slug>/`): what a company or role file name must be. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What a company or role slug is stored and compared by. Slugs become URLs, and readers take URLs as
 * case-insensitive: `Nurse.md` and `nurse.md` are the same page, so every comparison goes through this.
 */
export const slugKey = (slug: string): string => slug.toLowerCase();

/** `editions/<edition>/content/companies/<slug>.yaml`. */
export const companies = sqliteTable('companies', {
  /** `slugKey` of the file name without extension; stable once published. */
  slug: text('slug').primaryKey(),
  name: text('name').notNull(),
  /** Path under `public/` (e.g. `/logos/baycare.svg`), or null for a lettered placeholder. */
  logo: text('logo'),
  website: text('website'),
  /** Partner vetted by the workforce board. */
  trustedPartner: integer('trusted_partner', { mode: 'boolean' }).notNull(),
  description: text('description'),
});

/** `editions/<edition>/content/roles/<slug>.md`: an employer's role, tied to an O*NET-SOC occupation. */
export const roles = sqliteTable(
  'roles',
  {
    slug: text('slug').primaryKey(),
    title: text('title').notNull(),
    companySlug: text('company_slug').notNull(),
    /** O*NET-SOC code (`11-9021.00`); roles relate to every occupation sharing its 6-digit SOC. */
    occupationCode: text('occupation_code').notNull(),
    /** 6-digit SOC, the first seven characters of `occupation_code`. */
    socCode: text('soc_code').notNull(),
    category: text('category').notNull(),
    employmentType: text('employment_type', { enum: employmentTypes }).notNull(),
    workLocationType: text('work_location_type', { enum: workLocationTypes }).notNull(),
    city: text('city').notNull(),
    state: text('state').notNull(),
    salaryMin: integer('salary_min'),
    salaryMax: integer('salary_max'),
    /** Required proficiency, 0–100 %. */
    proficiency: integer('proficiency').notNull(),
    applicationUrl: text('application_url'),
    /** JSON array of skill names. */
    skills: text('skills', { mode: 'json' }).$type<string[]>().notNull(),
    /** Short description for cards (two lines). */
    summary: text('summary').notNull(),
    /** The Markdown body rendered to sanitised HTML. */
    descriptionHtml: text('description_html').notNull(),
    /** ISO date the employer posted the role (`date_posted`). */
    datePosted: text('date_posted').notNull(),
    /** Last ISO day the posting is open (`valid_through`); null while it stays open. Expired roles never reach the catalog. */
    validThrough: text('valid_through'),
    /** Starter content written by us, labelled on the page until an editor replaces it. */
    isExample: integer('is_example', { mode: 'boolean' }).notNull(),
  },
  (t) => [index('roles_soc').on(t.socCode), index('roles_company').on(t.companySlug)],
);

export const highDemandBases = ['curated', 'projections'] as const;

/**
 * High-demand occupations, each labelled for why: `curated` from the region's list in
 * `editions/<edition>/content/high-demand.yaml`, `projections` from the documented rule on BLS projections.
 */
export const highDemand = sqliteTable(
  'high_demand',
  {
    occupationCode: text('occupation_code').notNull(),
    basis: text('basis', { enum: highDemandBases }).notNull(),
    /** Why, in words shown on the page (the editor's note, or the figures that met the rule). */
    note: text('note').notNull(),
  },
  (t) => [primaryKey({ columns: [t.occupationCode, t.basis] })],
);

/** `inherited`: what an owner with an override file (owner_id its code or slug) would show without that file, for the admin's override view. */
export const itemOwnerKinds = ['occupation', 'role', 'inherited'] as const;
export const itemLists = ['responsibility', 'task', 'tool'] as const;
export const itemSources = ['onet', 'custom', 'refined'] as const;

/**
 * The responsibilities, tasks and tools each occupation and role page shows: the O*NET defaults
 * (rule in `pipeline/overrides/defaults.ts`) merged with the override files in
 * `editions/<edition>/content/overrides/`, computed once here so pages do not recompute them.
 */
export const effectiveItems = sqliteTable(
  'effective_items',
  {
    /** occupation (owner_id an O*NET-SOC code), role (owner_id a role slug), or inherited (either, without its own override file). */
    ownerKind: text('owner_kind', { enum: itemOwnerKinds }).notNull(),
    ownerId: text('owner_id').notNull(),
    list: text('list', { enum: itemLists }).notNull(),
    /** Order on the page, from 0. */
    position: integer('position').notNull(),
    /** The statement, or the tool's name. */
    text: text('text').notNull(),
    /** Tools only: the group shown on the page (O*NET's UNSPSC commodity title, or the editor's category). */
    category: text('category'),
    /** Tools only: O*NET Hot Technology, or the editor's flag. */
    hot: integer('hot', { mode: 'boolean' }),
    /** onet: an O*NET default; custom: from an override file; refined: from the enrichment cache (`data/enrichment/`). */
    source: text('source', { enum: itemSources }).notNull(),
    /** Shown beside the item: `From O*NET`, `Custom (<region> editors)`, `Refined from O*NET tasks`, or `From <company>` for a role's own items. */
    sourceLabel: text('source_label').notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerKind, t.ownerId, t.list, t.position] })],
);

/**
 * Where each refined list in `effective_items` came from (`data/enrichment/`): pages name the model
 * and date and link to O*NET OnLine's task statements for `occupation_code`, the originals.
 */
export const enrichments = sqliteTable(
  'enrichments',
  {
    ownerKind: text('owner_kind', { enum: itemOwnerKinds }).notNull(),
    ownerId: text('owner_id').notNull(),
    /** The occupation whose O*NET statements were refined (a role's occupation for a role). */
    occupationCode: text('occupation_code').notNull(),
    model: text('model').notNull(),
    /** ISO 8601. */
    generatedAt: text('generated_at').notNull(),
    promptVersion: integer('prompt_version').notNull(),
    /** JSON array of the O*NET Task IDs the model was given, for tracing a refined list to its statements. */
    sourceTaskIds: text('source_task_ids', { mode: 'json' }).$type<number[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerKind, t.ownerId] })],
);
