import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createCatalog, insertRows } from '../../catalog-db.ts';
import { slugKey } from '../content.ts';
import { institutionInRegion, institutions, parseProgramId, PROGRAM_ID_PATTERN, programIdOf } from '../education.ts';
import { broadGroupOf, majorGroupOf, occupationRowOf, socCodeOf } from '../occupations.ts';

/** The identifier rules beside the tables they key (docs/architecture.md, Identifiers). */

describe('SOC codes', () => {
  it('takes the 6-digit SOC and the major group from an O*NET-SOC code', () => {
    expect(socCodeOf('29-1141.00')).toBe('29-1141');
    expect(socCodeOf('15-1252.01')).toBe('15-1252');
    expect(majorGroupOf('29-1141.00')).toBe('29');
  });

  it('derives an occupation row\'s SOC and major group from its code', () => {
    expect(occupationRowOf({ code: '15-1252.01', title: 'Video Game Designers', description: 'Design games.' })).toEqual({
      code: '15-1252.01', socCode: '15-1252', majorGroup: '15', title: 'Video Game Designers', description: 'Design games.',
    });
  });

  it('gives the broad group a 6-digit SOC belongs to', () => {
    expect(broadGroupOf('13-1021')).toBe('13-1020');
    expect(broadGroupOf('13-1020')).toBe('13-1020');
    expect(broadGroupOf(socCodeOf('29-1141.03'))).toBe('29-1140');
  });
});

describe('program ids', () => {
  const key = { unitid: 137351, cipCode: '51.3801', awardLevel: 5 };

  it("builds the id an IPEDS program has in the catalog and in editors' files", () => {
    expect(programIdOf(key)).toBe('137351-51.3801-5');
    expect(programIdOf({ unitid: 134495, cipCode: '01.0101', awardLevel: 20 })).toBe('134495-01.0101-20');
    expect(PROGRAM_ID_PATTERN.test(programIdOf(key))).toBe(true);
  });

  it('parses what it builds, leading zeros and two-digit award levels kept', () => {
    expect(parseProgramId(programIdOf(key))).toEqual(key);
    expect(parseProgramId('134495-01.0101-20')).toEqual({ unitid: 134495, cipCode: '01.0101', awardLevel: 20 });
  });

  it("parses nothing else: an editor-added program's slug, a 4-digit CIP, a short UNITID", () => {
    for (const id of ['hcc-building-construction-technology', '137351-51.38-5', '13735-51.3801-5', '137351-51.3801-', '137351-51.3801-5-1']) {
      expect(parseProgramId(id), id).toBeNull();
    }
  });
});

describe('slugKey', () => {
  it('makes slugs that differ only in case one key, and leaves a lowercase slug as it is', () => {
    expect(slugKey('Surgical-Technologist-BayCare')).toBe(slugKey('surgical-technologist-baycare'));
    expect(slugKey('surgical-technologist-baycare')).toBe('surgical-technologist-baycare');
    expect(slugKey('nurse')).not.toBe(slugKey('nurses'));
  });
});

describe('institutionInRegion', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-region-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps the institutions of the region's metro area only", () => {
    const db = createCatalog(join(dir, 'catalog.sqlite'));
    const place = { city: 'Tampa', state: 'FL' };
    insertRows(db, institutions, [
      { unitid: 137351, name: 'In the metro', cbsa: '45300', ...place },
      { unitid: 134495, name: 'Also in it', cbsa: '45300', ...place },
      { unitid: 132709, name: 'Another metro', cbsa: '33100', ...place },
      { unitid: 100000, name: 'No metro', cbsa: null, ...place },
    ]);
    const inRegion = (msa: string) =>
      drizzle(db).select({ name: institutions.name }).from(institutions).where(institutionInRegion(msa)).orderBy(institutions.unitid).all().map((r) => r.name);
    expect(inRegion('45300')).toEqual(['Also in it', 'In the metro']);
    expect(inRegion('33100')).toEqual(['Another metro']);
    db.close();
  });
});
