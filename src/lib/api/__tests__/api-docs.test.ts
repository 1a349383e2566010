import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { atlasConfig } from '../../../../atlas.config.ts';
import { requireRealCatalog } from '../../../../test-support/real-catalog.ts';
import { getOccupationPages, getRegionPrograms, getRolePages, listOccupations, wageAreasBySoc } from '../../catalog/index.ts';
import { occupationDoc, occupationIndex } from '../occupation-doc.ts';
import { oembedDoc } from '../oembed.ts';
import { programDoc, programIndex, roleDoc, roleIndex, wagesDoc } from '../record-docs.ts';

process.env.ATLAS_CATALOG = requireRealCatalog();

// ajv-formats is CommonJS: its default export arrives wrapped under Node's ESM loader.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;
const base = 'https://example.test/api/v1/schemas/';
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
for (const file of readdirSync('public/api/v1/schemas')) ajv.addSchema(JSON.parse(readFileSync(join('public/api/v1/schemas', file), 'utf8')), base + file);

function expectValid(schema: string, docs: unknown[]): void {
  const validate = ajv.getSchema(`${base}${schema}.schema.json`)!;
  const errors = docs.flatMap((doc, i) => (validate(doc) ? [] : [`#${i}: ${ajv.errorsText(validate.errors)}`]));
  expect(errors.slice(0, 5)).toEqual([]);
}

describe('API documents from the real catalog match their JSON Schemas', () => {
  it('occupations and the index', () => {
    expectValid('occupation', getOccupationPages().map(occupationDoc));
    expectValid('occupations', [occupationIndex(listOccupations())]);
  });

  it('roles, programs, wages and oEmbed', () => {
    expectValid('role', getRolePages().map(roleDoc));
    expectValid('roles', [roleIndex(getRolePages())]);
    expectValid('program', getRegionPrograms().map(programDoc));
    expectValid('programs', [programIndex(getRegionPrograms())]);
    const rn = getOccupationPages().find((p) => p.code === '29-1141.00')!;
    expectValid('wages', [wagesDoc(rn.socCode, [rn]), wagesDoc('13-1023', [rn])]);
    expectValid('oembed', [oembedDoc('occupation', rn.code, rn.title), oembedDoc('role', getRolePages()[0].slug, 'A role')]);
  });
});

describe('wages files', () => {
  const bySoc = Map.groupBy(getOccupationPages(), (p) => p.socCode);

  it('give an occupation published only within its broad group the group\'s areas, naming the group', () => {
    const buyers = wagesDoc('13-1023', bySoc.get('13-1023')!);
    expect(buyers.group).toEqual({ code: '13-1020', title: 'Buyers and Purchasing Agents' });
    expect(buyers.areas.length).toBeGreaterThan(50);
    expect(buyers.areas).toBe(wageAreasBySoc().get('13-1020'));
  });

  it('never leave an occupation\'s allAreas link at an empty file without saying why', () => {
    const silent = [...bySoc].filter(([soc, pages]) => {
      const doc = wagesDoc(soc, pages);
      return doc.areas.length === 0 && !doc.noAreas;
    });
    expect(silent.map(([soc]) => soc)).toEqual([]);
    expect([...bySoc.keys()].filter((soc) => wagesDoc(soc, bySoc.get(soc)!).areas.length === 0).length).toBeLessThan(bySoc.size);
  });

  it('state the top-code only where an area has a # cell', () => {
    for (const [soc, pages] of bySoc) {
      const doc = wagesDoc(soc, pages);
      expect('topCode' in doc, soc).toBe(doc.areas.some((a) => Object.values(a.footnotes).includes('#')));
    }
  });
});

describe('wageAreasBySoc', () => {
  const rn = getOccupationPages().find((p) => p.code === '29-1141.00')!;
  const areas = wageAreasBySoc().get(rn.socCode)!;

  it('lists each area once, national first, then states and metro areas by name', () => {
    expect(new Set(areas.map((a) => `${a.areaType}:${a.areaCode}`)).size).toBe(areas.length);
    expect(areas[0].areaType).toBe('national');
    const states = areas.filter((a) => a.areaType === 'state').map((a) => a.areaName);
    expect(states).toEqual([...states].sort((a, b) => a.localeCompare(b)));
    expect(areas.findIndex((a) => a.areaType === 'msa')).toBeGreaterThan(areas.findLastIndex((a) => a.areaType === 'state'));
    expect(areas.length).toBe(rn.wageAreaCount);
    expect(areas.length).toBeGreaterThan(50);
  });

  it('holds the rows the page shows', () => {
    const primary = areas.find((a) => a.areaType === 'msa' && a.areaCode === atlasConfig.region.msa.code);
    expect(rn.wages.primary).toBe(primary);
    expect(rn.wages.national).toBe(areas[0]);
    expect(rn.wages.national!.hasPercentiles).toBe(true);
  });
});
