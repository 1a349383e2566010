import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { companySchema, highDemandSchema, overrideSchema, programSchema, roleSchema } from './content-schemas.ts';

/**
 * `npm run content:schemas`: JSON Schemas of the content files, generated from the zod schemas so
 * editors' completion and the build's validation cannot drift apart. The output is committed; a
 * test fails when it is stale.
 */

export const schemasDir = 'editions/_shared/schemas';

const documents = [
  { name: 'company.schema.json', schema: companySchema, title: 'Company', description: 'A company file, editions/<edition>/content/companies/<slug>.yaml.' },
  { name: 'role.schema.json', schema: roleSchema, title: 'Role', description: 'The front matter of a role file, editions/<edition>/content/roles/<slug>.md; the Markdown below it is the description.' },
  { name: 'high-demand.schema.json', schema: highDemandSchema, title: 'High-demand occupations', description: "The region's curated list, editions/<edition>/content/high-demand.yaml." },
  {
    name: 'program.schema.json',
    schema: programSchema,
    title: 'Program',
    description: 'A program file, editions/<edition>/content/programs/<slug>.yaml: with ipeds_id it corrects an IPEDS program; without, it adds a new program (institution, cip_code, award_level and title required) whose page is /programs/<slug>/.',
  },
  {
    name: 'override.schema.json',
    schema: overrideSchema,
    title: 'O*NET override',
    description:
      'editions/<edition>/content/overrides/<O*NET-SOC code or role slug>.yaml: replaces (mode: replace) or adds to (mode: add) the responsibilities, tasks or tools an occupation or role page shows. A role inherits its occupation\'s lists, overrides included. Delete the file to restore the default; `git log` on it is its history.',
  },
];

/** File name → JSON text, as written to `schemasDir`. */
export function renderJsonSchemas(): Map<string, string> {
  return new Map(
    documents.map(({ name, schema, title, description }) => {
      // draft-07 is what the YAML language server and most editors understand best; `input` because editors write the input.
      const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' });
      return [name, `${JSON.stringify({ $schema, title, description, ...rest }, null, 2)}\n`];
    }),
  );
}

if (import.meta.main) {
  mkdirSync(schemasDir, { recursive: true });
  for (const [name, text] of renderJsonSchemas()) {
    writeFileSync(join(schemasDir, name), text);
    console.log(`✓ ${join(schemasDir, name)}`);
  }
}
