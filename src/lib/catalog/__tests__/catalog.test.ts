import { describe, expect, it } from 'vitest';
import { atlasConfig } from '../../../../atlas.config.ts';
import { requireRealCatalog } from '../../../../test-support/real-catalog.ts';
import { taskSections } from '../../task-sections.ts';
import { wageRows } from '../../wage-words.ts';
import { getCatalogFacets, getOccupationPages, getRegionPrograms, listOccupations } from '../index.ts';

process.env.ATLAS_CATALOG = requireRealCatalog();

describe('src/lib/catalog on the catalog built from the real releases', () => {
  const pages = new Map(getOccupationPages().map((p) => [p.code, p]));

  it('builds one page per occupation', () => {
    expect(pages.size).toBe(listOccupations().length);
    expect(pages.size).toBeGreaterThan(1000);
  });

  it('prefers the region MSA wage and names area and vintage', () => {
    const rn = pages.get('29-1141.00')!;
    expect(rn.wages.primary?.areaType).toBe('msa');
    expect(rn.wages.primary?.areaName).toBe(atlasConfig.region.msa.name);
    expect(rn.wages.primary?.year).toBe(2025);
    expect(rn.wages.national?.hasPercentiles).toBe(true);
  });

  it('falls back MSA → state → national, and to nothing', () => {
    const byType = (type: string | undefined) => [...pages.values()].filter((p) => p.wages.primary?.areaType === type);
    for (const p of byType('state')) expect(p.wages.gaps.map((g) => g.areaName)).toEqual([atlasConfig.region.msa.name]);
    for (const p of byType('national')) expect(p.wages.gaps).toHaveLength(2);
    for (const p of byType(undefined)) expect(p.wages.national).toBeNull();
    for (const p of pages.values()) {
      for (const r of p.wages.primary ? wageRows(p.wages.primary) : []) expect([r.hourly, r.annual]).not.toContain('$0');
    }
  });

  it('falls back to the broad SOC group when OEWS publishes an occupation only combined', () => {
    const buyers = pages.get('13-1021.00')!;
    expect(buyers.wages.group).toEqual({ code: '13-1020', title: expect.stringMatching(/Buyers/) });
    expect(buyers.wages.shownSoc).toBe('13-1020');
    expect(buyers.wages.primary).not.toBeNull();
    expect(pages.get('29-1141.00')!.wages.group).toBeNull();
  });

  it('falls back to the broad group for the outlook where the projections publish it as one line item', () => {
    for (const code of ['13-1021.00', '13-1022.00', '13-1023.00']) {
      expect(pages.get(code)!.outlook).toMatchObject({ group: { code: '13-1020' }, employmentBase: 522.2, employmentTarget: 552.3 });
    }
    expect(pages.get('29-1141.00')!.outlook!.group).toBeNull();
  });

  it('calls tasks core only where O*NET rates them', () => {
    for (const code of ['15-1252.00', '29-2042.00']) {
      expect(taskSections(pages.get(code)!.lists).map((s) => s.title)).toEqual(['Tasks (not yet rated core or supplemental by O*NET)']);
    }
    expect(taskSections(pages.get('29-1141.00')!.lists).map((s) => s.title)).toEqual(['Core tasks', 'Other tasks']);
  });

  it('rolls roles up to the 6-digit SOC', () => {
    for (const o of listOccupations()) {
      const siblings = listOccupations().filter((s) => s.socCode === o.socCode);
      for (const s of siblings) expect(s.openRoles).toBe(o.openRoles);
    }
  });

  it('only shows programs at institutions in the region', () => {
    const programs = getRegionPrograms();
    const ids = new Set(programs.map((p) => p.id));
    expect(programs.length).toBeGreaterThan(0);
    for (const p of pages.values()) for (const card of p.programs) expect(ids.has(card.id)).toBe(true);
  });

  it('counts facets over every occupation', () => {
    const facets = getCatalogFacets();
    expect(facets.areas.reduce((n, a) => n + a.count, 0)).toBe(pages.size);
    expect(facets.zones.reduce((n, z) => n + z.count, 0)).toBe(pages.size);
  });
});
