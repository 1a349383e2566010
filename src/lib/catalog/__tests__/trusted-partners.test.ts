import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureCatalog } from '../../../../test-support/fixture-catalog.ts';

let getOccupationPages: typeof import('../index.ts').getOccupationPages;

beforeAll(async () => {
  process.env.ATLAS_CATALOG = await buildFixtureCatalog({ contentDir: join(import.meta.dirname, 'fixtures/trusted-partner') });
  ({ getOccupationPages } = await import('../index.ts'));
});

describe('employers hiring on an occupation page', () => {
  it('lists a trusted partner’s roles before other employers’, though the other sorts first by name', () => {
    const rn = getOccupationPages().find((p) => p.code === '29-1141.00')!;
    expect(rn.roles.map((r) => [r.companyName, r.companyTrusted])).toEqual([
      ['Bayside Clinics', true],
      ['Anywhere Staffing', false],
    ]);
  });
});
