import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectionFields, collectionSpecs, type DecapField } from '../admin-config.ts';
import { companySchema, highDemandSchema, manualCrosswalkSchema, overrideSchema, programSchema, roleSchema } from '../content-schemas.ts';
import { adminConfigPath, renderAdminConfig } from '../write-schemas.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');

/** Every field of a zod object schema, nested ones as `parent.child`, with whether a file must give it. */
function schemaFields(schema: z.ZodType, prefix = ''): Map<string, boolean> {
  const fields = new Map<string, boolean>();
  const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>;
  for (const [name, field] of Object.entries(shape)) {
    const path = prefix + name;
    fields.set(path, !field.safeParse(undefined).success);
    let inner: z.ZodType = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
    if (inner instanceof z.ZodArray) inner = inner.element as z.ZodType;
    if (inner instanceof z.ZodObject) for (const [child, required] of schemaFields(inner, `${path}.`)) fields.set(child, required);
  }
  return fields;
}

/** The same map read off the generated Decap fields. */
function configFields(fields: readonly DecapField[], prefix = ''): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const field of fields) {
    const path = prefix + field.name;
    found.set(path, field.required !== false);
    const children = field.fields as DecapField[] | undefined;
    if (children) for (const [child, required] of configFields(children, `${path}.`)) found.set(child, required);
  }
  return found;
}

const schemas: Record<string, z.ZodType> = { roles: roleSchema, companies: companySchema, programs: programSchema, overrides: overrideSchema, 'high-demand': highDemandSchema, crosswalk: manualCrosswalkSchema };

describe('the admin configuration, generated from the content schemas', () => {
  it('has a collection for every kind of content file', () => {
    expect(collectionSpecs().map((c) => c.name).sort()).toEqual(Object.keys(schemas).sort());
  });

  it.each(collectionSpecs().map((spec) => [spec.name, spec] as const))('%s: every schema field is a form field, required exactly when the schema requires it', (name, spec) => {
    const expected = schemaFields(schemas[name]);
    // A role's Markdown body is the one form field that is not front matter.
    const actual = configFields(collectionFields(spec).filter((f) => !(name === 'roles' && f.name === 'body')));
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
  });

  it('carries the schema messages, enums and date fields to the form', () => {
    const roles = collectionFields(collectionSpecs().find((c) => c.name === 'roles')!);
    const byName = new Map(roles.map((f) => [f.name, f]));
    expect(byName.get('state')?.pattern).toEqual(['^[A-Z]{2}$', 'Expected a two-letter state code like FL']);
    expect(byName.get('employment_type')?.options).toContainEqual({ label: 'Full-time', value: 'Full-time' });
    expect(byName.get('date_posted')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', required: true });
    expect(byName.get('valid_through')).toMatchObject({ widget: 'posting-end', format: 'YYYY-MM-DD', required: false });
    expect(byName.get('company')).toMatchObject({ widget: 'relation', collection: 'companies' });
    expect(byName.get('soc_code')).toMatchObject({ widget: 'occupation', hint: expect.stringContaining('O*NET-SOC') });
  });

  it(`is committed as ${adminConfigPath}, current with the schemas (run \`npm run content:schemas\`)`, () => {
    const committed = readFileSync(join(repoRoot, adminConfigPath), 'utf8');
    expect(committed).toBe(renderAdminConfig());
    expect(parse(committed).collections.find((c: { name: string }) => c.name === 'roles').folder).toBe('editions/tampa-bay/content/roles');
  });
});
