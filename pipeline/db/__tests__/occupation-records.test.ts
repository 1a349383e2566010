import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../catalog-db.ts';
import { readOccupationRecords } from '../occupation-records.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A catalog with a few occupations and BLS lines: one published as is, two published only merged, one ambiguous. */
function readEmployment(): Record<string, number | null | undefined> {
  const db = createCatalog(join(dir, 'catalog.sqlite'));
  try {
    const occupation = db.prepare('INSERT INTO occupations (code, soc_code, major_group, title, description) VALUES (?, ?, ?, ?, ?)');
    const projection = db.prepare(
      'INSERT INTO projections (soc_code, title, occupation_type, base_year, target_year, employment_base) VALUES (?, ?, ?, 2024, 2034, ?)',
    );
    for (const [code, title] of [
      ['29-1141.00', 'Registered Nurses'],
      ['31-1121.00', 'Home Health Aides'],
      ['31-1122.00', 'Personal Care Aides'],
      ['51-2061.00', 'Timing Device Assemblers and Adjusters'],
    ]) occupation.run(code, code.slice(0, 7), code.slice(0, 2), title, `${title} work.`);
    projection.run('29-1141', 'Registered nurses', 'Line item', 3300);
    projection.run('31-1120', 'Home health and personal care aides', 'Line item', 3700);
    projection.run('31-1100', 'Home health, personal care, and nursing assistants', 'Summary', 5000);
    projection.run('51-2060', 'Timing device assemblers', 'Line item', 1);
    projection.run('51-2069', 'Other timing device workers', 'Line item', 2);
    return Object.fromEntries(readOccupationRecords(db).map((r) => [r.code, r.employment]));
  } finally {
    db.close();
  }
}

describe('readOccupationRecords', () => {
  it("gives an occupation BLS publishes only merged the merged line's employment, and guesses nothing when two lines could be it", () => {
    expect(readEmployment()).toEqual({ '29-1141.00': 3300, '31-1121.00': 3700, '31-1122.00': 3700, '51-2061.00': null });
  });
});
