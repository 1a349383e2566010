import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas, schemasDir } from '../write-schemas.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');

describe('content JSON Schemas', () => {
  it.each([...renderJsonSchemas()])('committed %s matches the zod schema (run `npm run content:schemas`)', (name, generated) => {
    expect(readFileSync(join(repoRoot, schemasDir, name), 'utf8')).toBe(generated);
  });
});
