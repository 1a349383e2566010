import { z } from 'zod';
import { employmentTypes, workLocationTypes } from '../db/schema/content.ts';

/**
 * The shape of each editor file in `data/content/`. Messages complete "expected …" in a problem
 * line; descriptions become the hover text editors see through the generated JSON Schemas.
 * No transforms here, so `z.toJSONSchema` can describe every rule an editor's tool can check.
 */

/** Lowercase words joined by hyphens, as in URLs: `/roles/<slug>/`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const ONET_SOC_PATTERN = /^\d{2}-\d{4}\.\d{2}$/;

/** A site path of an image under `public/`; `..` is refused so a logo cannot point outside it. */
export const LOGO_PATTERN = /^\/(?!.*\.\.)\S+\.(?:svg|png|jpe?g|webp)$/i;

const text = (description: string) => z.string({ error: 'some text' }).trim().min(1, { error: 'some text' }).describe(description);

/** http(s) only: a `javascript:` or `data:` link on a page would run or smuggle content. */
const webAddress = (description: string) =>
  z.url({ protocol: /^https?$/, error: 'an http:// or https:// address, like https://careers.example.com/jobs/123' }).describe(description);

const salary = (description: string) =>
  z.number({ error: 'a yearly salary in whole dollars, like 65000' }).int().min(0).max(10_000_000).optional().describe(description);

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
      .describe('File name (without .yaml) of the company in data/content/companies/.'),
    soc_code: z
      .string({ error: 'an O*NET-SOC code like 29-2055.00' })
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
    example: z.boolean({ error: 'true or false' }).optional().describe('true for starter content written by the Atlas team, labelled on the page.'),
  })
  .refine((r) => r.salary_min === undefined || r.salary_max === undefined || r.salary_min <= r.salary_max, {
    error: 'salary_max to be at least salary_min',
    path: ['salary_max'],
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

export type CompanyFile = z.infer<typeof companySchema>;
export type RoleFile = z.infer<typeof roleSchema>;
export type HighDemandFile = z.infer<typeof highDemandSchema>;
