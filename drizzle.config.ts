import { defineConfig } from 'drizzle-kit';

/** `npm run db:generate` writes the catalog DDL from the schema; the pipeline applies it to each fresh catalog. */
export default defineConfig({
  dialect: 'sqlite',
  schema: './pipeline/db/schema/index.ts',
  out: './pipeline/db/migrations',
});
