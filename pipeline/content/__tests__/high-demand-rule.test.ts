import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCatalog, createCatalogOrm, insertRows, type CatalogDb } from '../../db/catalog-db.ts';
import { occupationRowOf, occupations, projections } from '../../db/schema/index.ts';
import { computeProjectionsHighDemand, describeProjection } from '../high-demand-rule.ts';

let dir: string;
let db: CatalogDb;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-high-demand-'));
  db = await createCatalog(join(dir, 'catalog.sqlite'));
  insertRows(db, occupations, [
    ['11-3031.00', 'Financial Managers'],
    ['11-3031.01', 'Treasurers and Controllers'],
    ['29-1141.00', 'Registered Nurses'],
    ['29-2055.00', 'Surgical Technologists'],
    ['29-9093.00', 'Surgical Assistants'],
    ['47-2111.00', 'Electricians'],
  ].map(([code, title]) => occupationRowOf({ code, title, description: title })));
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const projection = (socCode: string, changePercent: number | null, openingsAnnual: number | null, occupationType: 'Line item' | 'Summary' = 'Line item') =>
  ({ socCode, title: socCode, occupationType, baseYear: 2024, targetYear: 2034, changePercent, openingsAnnual });

describe('high-demand rule on projections', () => {
  it('keeps occupations growing at least twice the average with at least 5,000 openings a year', () => {
    insertRows(db, projections, [
      projection('00-0000', 3.1, 18863.3, 'Summary'),
      projection('29-0000', 9.0, 900.0, 'Summary'),
      projection('11-3031', 14.8, 74.6), // qualifies; applies to both O*NET occupations under it
      projection('29-1141', 5.0, 189.1), // many openings, growth below 2 × 3.1
      projection('29-2055', 6.2, 9.5), // exactly 2 × average: qualifies
      projection('29-9093', 12.0, 4.9), // fast growth, too few openings
      projection('47-2111', null, 80.0), // no figure, no claim
    ]);
    expect(computeProjectionsHighDemand(createCatalogOrm(db))).toEqual([
      { occupationCode: '11-3031.00', basis: 'projections', note: '+14.8 % 2024–34, about 74,600 openings a year' },
      { occupationCode: '11-3031.01', basis: 'projections', note: '+14.8 % 2024–34, about 74,600 openings a year' },
      { occupationCode: '29-2055.00', basis: 'projections', note: '+6.2 % 2024–34, about 9,500 openings a year' },
    ]);
  });

  it('still asks for growth when the all-occupations average is a decline', () => {
    insertRows(db, projections, [projection('00-0000', -1.0, 15000, 'Summary'), projection('29-1141', -0.5, 150.0), projection('47-2111', 0.4, 80.0)]);
    expect(computeProjectionsHighDemand(createCatalogOrm(db))?.map((r) => r.occupationCode)).toEqual(['47-2111.00']);
  });

  it('returns null without the all-occupations row the rule is relative to', () => {
    insertRows(db, projections, [projection('29-2055', 6.2, 9.5)]);
    expect(computeProjectionsHighDemand(createCatalogOrm(db))).toBeNull();
  });

  it('describes the figures that met the rule', () => {
    expect(describeProjection({ changePercent: 12.345, openingsAnnual: 150, baseYear: 2024, targetYear: 2034 })).toBe('+12.3 % 2024–34, about 150,000 openings a year');
  });
});
