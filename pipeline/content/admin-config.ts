import { z } from 'zod';
import { companySchema, highDemandSchema, manualCrosswalkSchema, overrideSchema, programSchema, roleSchema } from './content-schemas.ts';

/**
 * The Decap CMS configuration of the editors' workspace (`/admin/`), generated from the same zod schemas
 * `npm run check` and the pipeline use: every field, whether it is required, its pattern and the
 * schema's message, its enum and its description (the hint under the field). What the schemas cannot
 * say (which widget, a label) is in `presentation` below; nothing else is written by hand.
 */

type JsonSchema = {
  type?: string | string[];
  enum?: (string | number)[];
  pattern?: string;
  format?: string;
  description?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
};

export type DecapField = { name: string; label: string; widget: string; required?: boolean; hint?: string; [option: string]: unknown };

/** Where the production backend lives; see docs/editors.md. The GitHub OAuth client secret never goes here. */
export type BackendSettings = { repo: string; branch: string; authBaseUrl?: string };

/** A value no field accepts (a control character): parsing it yields the schema's own "expected …" message. */
const INVALID = '\u0007';

function messageFor(schema: z.ZodType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

const labelOf = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replaceAll('_', ' ');

function scalarField(json: JsonSchema, zod: z.ZodType, required: boolean): { widget: string; [option: string]: unknown } {
  // Decap's select stores text, so a numeric enum (award levels, listed in the hint) stays a number field.
  if (json.enum?.every((value) => typeof value === 'number')) return { widget: 'number', value_type: 'int', min: Math.min(...(json.enum as number[])), max: Math.max(...(json.enum as number[])) };
  if (json.enum) return { widget: 'select', options: json.enum.map((value) => ({ label: String(value), value })) };
  // An optional flag left alone stays out of the file rather than written as false.
  if (json.type === 'boolean') return { widget: 'boolean', ...(required && { default: false }) };
  if (json.type === 'integer' || json.type === 'number') {
    return { widget: 'number', value_type: json.type === 'integer' ? 'int' : 'float', ...(json.minimum !== undefined && { min: json.minimum }), ...(json.maximum !== undefined && { max: json.maximum }) };
  }
  if (json.format === 'date') return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  // Decap checks a pattern only on a non-empty value, with the message beside it: the schema's own.
  const pattern = json.format === 'uri' ? '^https?://\\S+$' : json.pattern;
  const message = messageFor(zod, json.format === 'uri' ? 'example.com' : INVALID);
  return { widget: 'string', ...(pattern && message && { pattern: [pattern, `Expected ${message}`] }) };
}

function toField(name: string, json: JsonSchema, zod: z.ZodType, required: boolean, presentation: Presentation): DecapField {
  // Decap says only "X is required"; the admin adds what the schema says a file must give there.
  const missing = required ? messageFor(zod, undefined) : undefined;
  const base = { name, label: presentation.labels?.[name] ?? labelOf(name), ...(json.description && { hint: json.description }), required, ...(missing && { required_message: `Expected ${missing}` }) };
  const inner = unwrap(zod);
  if (json.type === 'array' && json.items) {
    const element = (inner as z.ZodArray<z.ZodType>).element;
    const min = json.minItems ? { min: json.minItems } : {};
    if (json.items.type === 'object') return { ...base, widget: 'list', ...min, fields: objectFields(json.items, element, { labels: presentation.labels }) };
    return { ...base, widget: 'list', ...min, field: { ...toField(name, json.items, element, true, {}), name: 'item', label: base.label } };
  }
  if (json.type === 'object' && json.properties) return { ...base, widget: 'object', collapsed: false, fields: objectFields(json, inner, { labels: presentation.labels }) };
  // A presentation widget replaces the generated one and keeps its rules (pattern, bounds, date format).
  return { ...base, ...scalarField(json, inner, required), ...presentation.widgets?.[name] };
}

/** Optional and described wrappers hide the array or object the JSON Schema already unwrapped. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current;
}

function objectFields(json: JsonSchema, zod: z.ZodType, presentation: Presentation): DecapField[] {
  const shape = (unwrap(zod) as z.ZodObject).shape as Record<string, z.ZodType>;
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => toField(name, property, shape[name], required.has(name), presentation));
}

/** What a schema cannot say: a field's widget (relation, picker, upload, long text, expiry badge) and a clearer label. */
type Presentation = { labels?: Record<string, string>; widgets?: Record<string, { widget: string; [option: string]: unknown }> };

type CollectionSpec = {
  name: string;
  label: string;
  /** Shown above the collection's entries. */
  description?: string;
  schema: z.ZodType;
  presentation: Presentation;
  /** A folder of files, or one file (the high-demand list). */
  place: { folder: string; extension: 'md' | 'yaml'; slug: string; identifier_field?: string; create?: boolean; summary?: string } | { file: string };
};

const longText = { widget: 'text' };

export function collectionSpecs(): CollectionSpec[] {
  return [
    {
      name: 'roles',
      label: 'Roles',
      description: 'A role leaves the site at the first build after its "Valid through" day; the build lists it as expired. Delete the entry to remove it for good.',
      schema: roleSchema,
      // The list shows each role's last day, so an editor sees which postings are about to leave the site.
      place: { folder: 'roles', extension: 'md', slug: '{{title}}-{{company}}', summary: "{{title}} · {{company}}{{valid_through | ternary(' · valid through ', '')}}{{valid_through}}" },
      presentation: {
        labels: { soc_code: 'Occupation (O*NET-SOC)', application_url: 'Application URL' },
        widgets: {
          company: { widget: 'relation', collection: 'companies', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'] },
          soc_code: { widget: 'occupation', title_field: 'title', description_field: 'body' },
          summary: longText,
          valid_through: { widget: 'posting-end' },
        },
      },
    },
    {
      name: 'companies',
      label: 'Companies',
      schema: companySchema,
      place: { folder: 'companies', extension: 'yaml', slug: '{{name}}', identifier_field: 'name' },
      presentation: { widgets: { logo: { widget: 'logo', media_folder: '/public/logos', public_folder: '/logos', choose_url: false }, description: longText } },
    },
    {
      name: 'programs',
      label: 'Programs',
      schema: programSchema,
      place: { folder: 'programs', extension: 'yaml', slug: '{{title}}', identifier_field: 'title' },
      presentation: { labels: { ipeds_id: 'IPEDS program id', cip_code: 'CIP code', url: 'URL' }, widgets: { description: longText } },
    },
    {
      // Named after the occupation or role they change, which no field holds: editors change and delete them here.
      name: 'overrides',
      label: 'O*NET overrides',
      description:
        'Each file changes what one occupation (file named by its O*NET-SOC code) or role (by its slug) shows. To restore the O*NET default, delete the entry. `npm run overrides -- diff <code or slug>` lists what it changes.',
      schema: overrideSchema,
      place: { folder: 'overrides', extension: 'yaml', slug: '{{note}}', identifier_field: 'note', create: false },
      presentation: { widgets: { note: longText } },
    },
    { name: 'high-demand', label: 'High-demand list', schema: highDemandSchema, place: { file: 'high-demand.yaml' }, presentation: {} },
    { name: 'crosswalk', label: 'Manual crosswalk', schema: manualCrosswalkSchema, place: { file: 'crosswalk/manual.yaml' }, presentation: { labels: { cip_code: 'CIP code', soc_code: 'SOC code' } } },
  ];
}

/** The fields of one collection: the schema's properties in order, plus a role's Markdown description. */
export function collectionFields(spec: CollectionSpec): DecapField[] {
  const json = z.toJSONSchema(spec.schema, { io: 'input', target: 'draft-7' }) as JsonSchema;
  const fields = objectFields(json, spec.schema, spec.presentation);
  if ('folder' in spec.place && spec.place.extension === 'md') {
    fields.push({ name: 'body', label: 'Description', widget: 'markdown', required: true, hint: 'The full description of the role, shown on its page (Markdown).' });
  }
  return fields;
}

/** One edition's content folder, relative to the repository, and how the admin names it. */
export type AdminEdition = { id: string; name: string; contentRoot: string };

/**
 * The whole Decap configuration: each edition's collections over its own content folder. The first
 * (default) edition's collections keep the plain names (`roles`, …); the others are prefixed with the
 * edition's id, and with several editions every label names its region.
 */
export function buildAdminConfig(adminEditions: readonly AdminEdition[], backend: BackendSettings, siteUrl: string) {
  const collections = adminEditions.flatMap((edition, index) => collectionSpecs().map((spec) => editionCollection(spec, edition, index === 0, adminEditions.length > 1)));
  return {
    backend: { name: 'github', repo: backend.repo, branch: backend.branch, ...(backend.authBaseUrl && { base_url: backend.authBaseUrl }) },
    // Every save becomes a branch and a pull request that CI checks with `npm run check`.
    publish_mode: 'editorial_workflow',
    // Only on localhost, when `npm run admin` runs decap-server: real commits in the local clone.
    local_backend: true,
    site_url: siteUrl,
    media_folder: 'public/logos',
    public_folder: '/logos',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}

function editionCollection(spec: CollectionSpec, edition: AdminEdition, primary: boolean, named: boolean) {
  const fields = collectionFields(spec);
  const name = primary ? spec.name : `${edition.id}-${spec.name}`;
  const label = named ? `${edition.name}: ${spec.label}` : spec.label;
  const head = { name, label, ...(spec.description && { description: spec.description }) };
  if ('file' in spec.place) return { ...head, files: [{ name, label, file: `${edition.contentRoot}/${spec.place.file}`, fields }] };
  const { folder, extension, ...rest } = spec.place;
  const format = extension === 'md' ? { format: 'frontmatter', extension: 'md' } : { format: 'yaml', extension: 'yaml' };
  return { ...head, folder: `${edition.contentRoot}/${folder}`, create: true, ...format, ...rest, fields };
}
