import { z } from 'zod';
import { employmentTypes, SLUG_PATTERN, workLocationTypes } from '../db/schema/content.ts';
import { awardLevels, CIP_PATTERN, PROGRAM_ID_PATTERN, programFormats } from '../db/schema/education.ts';
import { ONET_SOC_PATTERN, SOC_PATTERN } from '../db/schema/occupations.ts';

/**
 * The shape of each editor file in `editions/<edition>/content/`. Messages complete "expected …" in a problem
 * line; descriptions become the hover text editors see through the generated JSON Schemas.
 * No transforms here, so `z.toJSONSchema` can describe every rule an editor's tool can check.
 */

/** A site path of an image under `public/`; `..` is refused so a logo cannot point outside it. */
export const LOGO_PATTERN = /^\/(?!.*\.\.)\S+\.(?:svg|png|jpe?g|webp)$/i;

/** YAML escapes such as "\a" turn into control characters only once parsed, so the fields are checked too. */
const text = (description: string) =>
  z
    .string({ error: 'some text' })
    .trim()
    .min(1, { error: 'some text' })
    .regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, { error: 'text without control characters (an invisible byte, often pasted from another program)' })
    .describe(description);

/** http(s) only: a `javascript:` or `data:` link on a page would run or smuggle content. */
const webAddress = (description: string) =>
  z.url({ protocol: /^https?$/, error: 'an http:// or https:// address, like https://careers.example.com/jobs/123' }).describe(description);

const salary = (description: string) =>
  z.number({ error: 'a yearly salary in whole dollars, like 65000' }).int().min(0).max(10_000_000).optional().describe(description);

/** ISO dates (`YYYY-MM-DD`) compare as text, so expiry needs no date parsing. */
const postingDate = (description: string) => z.iso.date({ error: 'a date as YYYY-MM-DD, like 2026-11-02' }).describe(description);

export const companySchema = z.strictObject({
  name: text('Company name as shown on its pages, e.g. "BayCare Health System".'),
  logo: z
    .string({ error: 'a path under public/, like /logos/baycare.svg' })
    .regex(LOGO_PATTERN, { error: 'a path under public/ starting with /, like /logos/baycare.svg' })
    .optional()
    .describe('Logo file under public/, e.g. /logos/baycare.svg. Leave out for a lettered placeholder.'),
  website: webAddress('Company home page (https://…).').optional(),
  trusted_partner: z.boolean({ error: 'true or false' }).describe('true when the workforce board has vetted this employer as a partner.'),
  description: text('A few sentences about the employer, shown on its page.').optional(),
});

export const roleSchema = z
  .strictObject({
    title: text('Job title as the employer posts it, e.g. "Surgical Technologist".'),
    company: z
      .string({ error: 'the slug of a company file, like baycare' })
      .regex(SLUG_PATTERN, { error: 'the slug of a company file, like baycare' })
      .describe('File name (without .yaml) of the company in editions/<edition>/content/companies/.'),
    soc_code: z
      // Left out, the code is one command away: the ranker fills it from the title and description.
      .string({ error: (issue) => (issue.input === undefined ? 'an O*NET-SOC code like 29-2055.00 (`npm run soc:suggest` fills in a missing one from the title)' : 'an O*NET-SOC code like 29-2055.00') })
      .regex(ONET_SOC_PATTERN, { error: 'an O*NET-SOC code like 29-2055.00' })
      .describe('O*NET-SOC code of the occupation this role belongs to, e.g. 29-2055.00.'),
    category: text('Job family shown on cards, e.g. "Healthcare".'),
    employment_type: z.enum(employmentTypes, { error: `one of ${employmentTypes.join(', ')}` }).describe('Kind of employment.'),
    work_location_type: z.enum(workLocationTypes, { error: `one of ${workLocationTypes.join(', ')}` }).describe('Where the work is done.'),
    city: text('City of the workplace, e.g. "Tampa".'),
    state: z
      .string({ error: 'a two-letter state code like FL' })
      .regex(/^[A-Z]{2}$/, { error: 'a two-letter state code like FL' })
      .describe('Two-letter postal code of the state, e.g. FL.'),
    salary_min: salary('Bottom of the posted yearly salary range, in dollars.'),
    salary_max: salary('Top of the posted yearly salary range, in dollars.'),
    proficiency: z
      .number({ error: 'a whole number from 0 to 100 (percent)' })
      .int()
      .min(0)
      .max(100)
      .describe('Required proficiency in the occupation, 0–100 %.'),
    application_url: webAddress('Where to apply: the posting or the careers page (https://…).'),
    skills: z
      .array(text('A skill, e.g. "Sterile technique".'), { error: 'a list of skills' })
      .min(1, { error: 'a list of at least one skill' })
      .describe('Skills the role asks for, one per line.'),
    summary: z
      .string({ error: 'some text' })
      .trim()
      .min(1, { error: 'some text' })
      .max(240, { error: 'a summary of at most 240 characters (cards show two lines)' })
      .describe('One or two sentences for cards and search results.'),
    date_posted: postingDate('Day the employer posted the role, e.g. 2026-11-02; search engines show it.'),
    valid_through: postingDate('Last day the posting is open, e.g. 2026-12-31: the next build after it takes the role off the site. Leave out while it stays open.').optional(),
    example: z.boolean({ error: 'true or false' }).optional().describe('true for starter content written by the Atlas team, labelled on the page.'),
  })
  .refine((r) => r.salary_min === undefined || r.salary_max === undefined || r.salary_min <= r.salary_max, {
    error: 'salary_max to be at least salary_min',
    path: ['salary_max'],
  })
  .refine((r) => r.valid_through === undefined || r.date_posted === undefined || r.date_posted <= r.valid_through, {
    error: 'valid_through on or after date_posted',
    path: ['valid_through'],
  });

export const highDemandSchema = z.strictObject({
  occupations: z
    .array(
      z.strictObject({
        code: z
          .string({ error: 'an O*NET-SOC code like 29-1141.00' })
          .regex(ONET_SOC_PATTERN, { error: 'an O*NET-SOC code like 29-1141.00' })
          .describe('O*NET-SOC code of the occupation, e.g. 29-1141.00.'),
        note: text('Why the region counts it as high-demand, in a sentence shown on the page.'),
      }),
      { error: 'a list of occupations, each with code and note' },
    )
    .describe("The region's curated high-demand occupations."),
});

// Unquoted, YAML reads 52.2010 as the number 52.201: the code must be a string.
const cipCode = (description: string) =>
  z
    .string({ error: 'a CIP code in quotes, like "52.2001" (unquoted, YAML reads it as a number and drops trailing zeros)' })
    .regex(CIP_PATTERN, { error: 'a 6-digit CIP code in quotes, like "52.2001"' })
    .describe(description);

const awardLevelCodes = Object.keys(awardLevels).map(Number);
const describedLevels = Object.entries(awardLevels).map(([code, label]) => `${code} (${label})`).join(', ');

const UNITID = 'an IPEDS UNITID, a six-digit number like 134495';

/** Fields a new program must give; a file targeting an IPEDS program takes them from the catalog. */
const NEW_PROGRAM_FIELDS = ['institution', 'cip_code', 'award_level', 'title'] as const;

/**
 * A program file either targets an IPEDS program (`ipeds_id`) and overrides its fields, or adds a
 * program IPEDS does not report (no `ipeds_id`; then the fields that identify it are required).
 */
export const programSchema = z
  .strictObject({
    ipeds_id: z
      .string({ error: 'a program id like 137351-51.3801-5 (UNITID-CIP-award level)' })
      .regex(PROGRAM_ID_PATTERN, { error: 'a program id like 137351-51.3801-5 (UNITID-CIP-award level)' })
      .optional()
      .describe('The IPEDS program this file corrects, <UNITID>-<CIP>-<award level>, e.g. 137351-51.3801-5. Leave out to add a program IPEDS does not report.'),
    institution: z
      .number({ error: UNITID })
      .int({ error: UNITID })
      .min(100000, { error: UNITID })
      .max(999999, { error: UNITID })
      .optional()
      .describe('New programs only: IPEDS UNITID of the institution, e.g. 134495 (Hillsborough Community College).'),
    cip_code: cipCode('CIP 2020 code in quotes, e.g. "52.2001": required for a new program, a correction for an IPEDS one.').optional(),
    award_level: z
      .literal(awardLevelCodes, { error: `an IPEDS award level: ${describedLevels}` })
      .optional()
      .describe(`New programs only: IPEDS award level, one of ${describedLevels}.`),
    title: text('Program name as the institution markets it, e.g. "Building Construction Technology (A.S.)"; without it the CIP title is shown.').optional(),
    description: text('A few sentences about the program, shown on its page.').optional(),
    url: webAddress("The program's page at the institution (https://…).").optional(),
    format: z.enum(programFormats, { error: `one of ${programFormats.join(', ')}` }).optional().describe('How the program is taught.'),
    duration: text('How long it takes, as the institution says it, e.g. "2 years" or "60 credit hours".').optional(),
    skills: z
      .array(text('A skill, e.g. "Construction estimating".'), { error: 'a list of skills' })
      .min(1, { error: 'a list of at least one skill' })
      .optional()
      .describe('Skills the program teaches, one per line; they link the program to occupations.'),
    example: z.boolean({ error: 'true or false' }).optional().describe('true for starter content written by the Atlas team, labelled on the page.'),
  })
  .superRefine((p, ctx) => {
    if (p.ipeds_id !== undefined) {
      // The institution and award level are part of the IPEDS id: a different one is a different program.
      for (const key of ['institution', 'award_level'] as const) {
        if (p[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], input: p[key], message: `no ${key} beside ipeds_id (it is part of the id; to add a different program, leave ipeds_id out)` });
      }
      return;
    }
    const missing = NEW_PROGRAM_FIELDS.filter((key) => p[key] === undefined);
    // One problem, at the first missing key, rather than one per key for the same mistake.
    if (missing.length) {
      const also = missing.length > 1 ? ` (and ${missing.slice(1).join(', ')})` : '';
      const message = `a value${also}: a file without ipeds_id adds a new program, which needs ${NEW_PROGRAM_FIELDS.join(', ')}`;
      ctx.addIssue({ code: 'custom', path: [missing[0]], input: undefined, message });
    }
  });

export const overrideModes = ['replace', 'add'] as const;

const mode = z
  .enum(overrideModes, { error: 'replace (show only these items) or add (append them to the default list)' })
  .describe('replace: show only these items; add: append them to the O*NET default (or, for a role, its occupation\'s list).');

const emptyItems = 'a list of at least one item (to go back to the default, delete the key or the file)';

const listChange = <T extends z.ZodType>(item: T, what: string) =>
  z
    .strictObject({ mode, items: z.array(item, { error: emptyItems }).min(1, { error: emptyItems }) })
    .describe(what)
    .optional();

const toolItem = z.strictObject({
  name: text('Product or tool, e.g. "Bluebeam Revu".'),
  category: text('Group shown on the page, e.g. "Project management software" (O*NET uses UNSPSC commodity titles).'),
  hot: z.boolean({ error: 'true or false' }).optional().describe('true to badge it as a hot technology; false when left out.'),
});

/**
 * `editions/<edition>/content/overrides/<O*NET-SOC code | role slug>.yaml`: replaces or adds to the responsibilities,
 * tasks and tools an occupation or role page shows. Deleting the file restores the default.
 */
export const overrideSchema = z
  .strictObject({
    responsibilities: listChange(text('A responsibility statement.'), 'Responsibilities (default: O*NET Core task statements; the rule is in pipeline/overrides/defaults.ts).'),
    tasks: listChange(text('A task statement.'), 'Tasks (default: O*NET Supplemental and not yet rated task statements; the rule is in pipeline/overrides/defaults.ts).'),
    tools: listChange(toolItem, 'Tools and technology (default: O*NET Technology Skills and Tools Used).'),
    note: text('Why this override exists, for the next editor.').optional(),
  })
  .refine((o) => o.responsibilities || o.tasks || o.tools, { error: 'at least one of responsibilities, tasks or tools' });

/**
 * `data/content/crosswalk/manual.yaml`: the editors' CIP ↔ SOC mappings, which the crosswalk sync never
 * removes. YAML rather than CSV so the admin can edit it and `npm run check` reads it like the rest.
 */
export const manualCrosswalkSchema = z.strictObject({
  mappings: z
    .array(
      z.strictObject({
        cip_code: cipCode('CIP 2020 code of the program field, in quotes, e.g. "52.2001".'),
        soc_code: z
          .string({ error: 'a SOC code like 11-9021' })
          .regex(SOC_PATTERN, { error: 'a SOC code like 11-9021 (six digits, no .00)' })
          .describe('SOC code of the occupation it leads to, e.g. 11-9021.'),
        note: text('Why the mapping holds, for reviewers, e.g. "Campus facilities track teaches site supervision".').optional(),
      }),
      { error: 'a list of mappings, each with cip_code, soc_code and note' },
    )
    .describe('CIP ↔ SOC mappings NCES does not make; the crosswalk sync never removes them.'),
});

export type CompanyFile = z.infer<typeof companySchema>;
export type RoleFile = z.infer<typeof roleSchema>;
export type HighDemandFile = z.infer<typeof highDemandSchema>;
export type ProgramFile = z.infer<typeof programSchema>;
export type OverrideFile = z.infer<typeof overrideSchema>;
export type ManualCrosswalkFile = z.infer<typeof manualCrosswalkSchema>;
