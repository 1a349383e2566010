import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSQLiteDrizzleJson, generateSQLiteMigration } from 'drizzle-kit/api';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from '../catalog-db.ts';
import * as schema from '../schema/index.ts';

describe('catalog DDL', () => {
  it('is what the schema files generate (run `npm run db:generate` after a schema change)', async () => {
    const files = readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql'));
    expect(files).toHaveLength(1);
    // drizzle-kit orders tables differently from one entry point to another; the statements must match.
    const committed = readFileSync(join(migrationsFolder, files[0]), 'utf8').split('--> statement-breakpoint').map((s) => s.trim());
    const fresh = await generateSQLiteMigration(await generateSQLiteDrizzleJson({}), await generateSQLiteDrizzleJson(schema));
    expect(committed.sort()).toEqual(fresh.map((s) => s.trim()).sort());
  });
});
