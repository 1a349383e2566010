import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildFixtureCatalog } from '../../../../test-support/fixture-catalog.ts';
import { outlookFact } from '../../embed-card.ts';
import { fallbackNotes, footnoteLegend, headlineWords, wageRows } from '../../wage-words.ts';

/**
 * The wage model and its words on catalogs built from hand-written files in the publishers' formats:
 * the partial derived median extracts, then the same with a complete BLS state file.
 */

type Catalog = typeof import('../index.ts') & Pick<typeof import('../../api/record-docs.ts'), 'wagesDoc'>;

/** The catalog module is cached per process, so each fixture catalog gets a fresh copy of it (and of the API that reads it). */
async function catalogOn(overlays: string[]): Promise<Catalog> {
  process.env.ATLAS_CATALOG = await buildFixtureCatalog({ overlays });
  vi.resetModules();
  return { ...(await import('../index.ts')), wagesDoc: (await import('../../api/record-docs.ts')).wagesDoc };
}

const occupation = [{ code: '29-1141.00', title: 'Registered Nurses' }];

const tampa = 'Tampa-St. Petersburg-Clearwater, FL';
const metroExtract = 'oews_may2025_metro_medians_474occ.csv, a partial extract of BLS OEWS May 2025 metropolitan-area figures (5 occupations, medians only)';
const stateExtract = 'oews_may2025_state_medians_474occ.csv, a partial extract of BLS OEWS May 2025 state figures (3 occupations, medians only)';

describe('wage fallback with the partial median extracts', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = await catalogOn(['wage-cases']);
  });

  it("leads with the region's metro area when it has an estimate", () => {
    const rn = catalog.wagesForSoc('29-1141');
    expect(rn.primary).toMatchObject({ areaType: 'msa', annual: { median: 85470 } });
    expect(fallbackNotes(rn)).toEqual([]);
  });

  it('says BLS published no estimate where the extract has the row with a blank median', () => {
    const developers = catalog.wagesForSoc('15-1252');
    expect(developers.primary).toMatchObject({ areaType: 'state', annual: { median: 121060 } });
    expect(fallbackNotes(developers)).toEqual([
      `BLS published no wage estimate for SOC 15-1252 in ${tampa} (its median is blank in oews_may2025_metro_medians_474occ.csv).`,
      'Showing Florida.',
    ]);
  });

  it("says the edition's files do not cover an area where the extract has no row, naming the file and its coverage", () => {
    expect(fallbackNotes(catalog.wagesForSoc('27-2011'))).toEqual([
      `This edition's files do not cover SOC 27-2011 for ${tampa}: its metropolitan-area figures come from ${metroExtract}.`,
      `This edition's files do not cover SOC 27-2011 for Florida: its state figures come from ${stateExtract}.`,
      'Showing the United States.',
    ]);
    expect(fallbackNotes(catalog.wagesForSoc('11-9021'))[0]).toBe(`This edition's files do not cover SOC 11-9021 for ${tampa}: its metropolitan-area figures come from ${metroExtract}.`);
  });

  it('falls back to the broad group when BLS publishes the occupation only within it, and names the group', () => {
    const buyers = catalog.wagesForSoc('13-1021');
    expect(buyers).toMatchObject({ shownSoc: '13-1020', group: { code: '13-1020', title: 'Buyers and Purchasing Agents' } });
    expect(buyers.primary).toMatchObject({ areaType: 'msa', annual: { median: 74220 } });
    expect(fallbackNotes(buyers)).toEqual([
      "BLS publishes wages for this occupation only within the broader group Buyers and Purchasing Agents (SOC 13-1020); the figures shown are that group's.",
    ]);
    expect(catalog.wageHeadline('13-1021')).toMatchObject({ median: 74220, unit: 'annual', fallback: 'group', area: { areaType: 'msa' } });
  });

  it("prefers the broad group's regional figures to the occupation's national ones, saying where BLS publishes only the group", () => {
    const cooks = catalog.wagesForSoc('35-2011');
    expect(cooks).toMatchObject({ shownSoc: '35-2010', group: { code: '35-2010', title: 'Cooks' } });
    expect(cooks.primary).toMatchObject({ areaType: 'msa', annual: { median: 34150 } });
    expect(fallbackNotes(cooks)).toEqual([
      `BLS publishes wages for this occupation in ${tampa} only within the broader group Cooks (SOC 35-2010); the figures shown are that group's.`,
      `This edition's files do not cover SOC 35-2011 for ${tampa}: its metropolitan-area figures come from ${metroExtract}.`,
      `This edition's files do not cover SOC 35-2011 for Florida: its state figures come from ${stateExtract}.`,
      `Showing ${tampa}.`,
    ]);
  });

  it('explains the blank hourly median of an annual-only occupation in the extract, never as suppressed', () => {
    const teachers = catalog.wagesForSoc('25-2021');
    expect(teachers.primary).toMatchObject({ areaType: 'msa', annualOnly: true });
    expect(wageRows(teachers.primary!)).toEqual([{ label: 'Median', hourly: 'not published (annual wages only)', annual: '$60,120' }]);
    expect(catalog.wageHeadline('27-2011')).toMatchObject({ unit: 'hourly', median: 25.79 });
    expect(headlineWords(catalog.wageHeadline('27-2011')!)).toBe('$25.79/hr');
    expect(headlineWords(catalog.wageHeadline('25-2021')!)).toBe('$60,120 a year');
    expect(wageRows(catalog.wagesForSoc('27-2011').primary!)[2]).toEqual({ label: 'Median', hourly: '$25.79/hr', annual: 'not published (hourly wages only)' });
  });

  it("gives a group member's wages file the group's areas, and states the top-code only where a # occurs", () => {
    const buyers = catalog.wagesDoc('13-1021', occupation);
    expect(buyers.group).toEqual({ code: '13-1020', title: 'Buyers and Purchasing Agents' });
    expect(buyers.areas.map((a) => a.areaType)).toEqual(['national', 'msa']);
    const managers = catalog.wagesDoc('11-9021', occupation);
    expect(managers.topCode).toEqual({ hourly: 115, annual: 239200 });
    expect(Object.keys(managers.footnoteLegend)).toEqual(['#', 'suppressed']);
    expect('topCode' in catalog.wagesDoc('29-1141', occupation)).toBe(false);
    expect(catalog.wagesDoc('99-9999', occupation)).toMatchObject({ areas: [], noAreas: expect.stringMatching(/^No wage figures for SOC 99-9999 in this edition\./) });
  });

  it('falls back to the broad group for the outlook where the projections publish it as a line item, named like the wages', () => {
    const buyers = catalog.outlookForSoc('13-1023');
    expect(buyers).toMatchObject({ openingsAnnual: 52.2, group: { code: '13-1020', title: 'Buyers and purchasing agents' } });
    expect(outlookFact(buyers)).toMatchObject({ value: '+5.8% employment · about 52,200 openings a year', source: 'BLS Employment Projections, for the broader group Buyers and purchasing agents' });
    expect(catalog.outlookForSoc('29-1141')!.group).toBeNull();
    // A group the projections publish only as a summary row is not an occupation's outlook.
    expect(catalog.outlookForSoc('21-1014')).toBeNull();
  });

  it('records which markers each file has, so legends state only what occurs', () => {
    const files = catalog.wagesForSoc('29-1141').files;
    expect(files.national).toMatchObject({ complete: true, hasPercentiles: true });
    expect(files.msa).toMatchObject({ complete: false, occupations: 5, hasPercentiles: false, markers: ['suppressed'] });
    expect(files.national!.markers).toContain('#');
    const nurses = catalog.wageAreasBySoc().get('29-1141')!;
    expect(footnoteLegend(nurses.flatMap((a) => Object.values(a.footnotes)))).toEqual({});
  });
});

describe('wage fallback with a complete BLS state file', () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = await catalogOn(['wage-cases', 'oews-complete-state']);
  });

  it('says BLS published no estimate where the complete file has no row', () => {
    const managers = catalog.wagesForSoc('11-9021');
    expect(managers.files.state).toMatchObject({ id: 'oews:state', complete: true });
    expect(fallbackNotes(managers)).toEqual([
      `This edition's files do not cover SOC 11-9021 for ${tampa}: its metropolitan-area figures come from ${metroExtract}.`,
      'BLS published no wage estimate for SOC 11-9021 in Florida: the complete BLS OEWS May 2025 state file has no row for it.',
      'Showing the United States.',
    ]);
  });

  it('says BLS published no estimate where the complete file marks the row *', () => {
    expect(fallbackNotes(catalog.wagesForSoc('15-1252'))).toContain('BLS published no wage estimate for SOC 15-1252 in Florida (marked * in the BLS file).');
  });

  it('shows the complete file with its percentiles, and annual-only blanks as such', () => {
    const florida = catalog.wageAreasBySoc().get('25-2021')!.find((a) => a.areaType === 'state')!;
    expect(florida.hasPercentiles).toBe(true);
    expect(wageRows(florida).map((r) => r.hourly)).toEqual(Array(5).fill('not published (annual wages only)'));
  });
});
