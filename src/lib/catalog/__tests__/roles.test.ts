import { describe, expect, it } from 'vitest';
import { requireRealCatalog } from '../../../../test-support/real-catalog.ts';
import { getCompanyPages, getOccupationPages, getRegionPrograms, getRolePages, listEmployers } from '../index.ts';

process.env.ATLAS_CATALOG = requireRealCatalog();

/** Roles, companies, editors' lists and programs on the real catalog with the starter content in editions/tampa-bay/content/. */
describe('roles, companies and editor content', () => {
  const roles = new Map(getRolePages().map((r) => [r.slug, r]));
  const occupations = new Map(getOccupationPages().map((p) => [p.code, p]));
  const pm = roles.get('mechanical-project-manager-power-design')!;

  it('builds one page per role, with its company and occupation', () => {
    expect(roles.size).toBe(getCompanyPages().reduce((n, c) => n + c.roles.length, 0));
    expect(pm.company).toMatchObject({ slug: 'power-design', name: 'Power Design' });
    expect(pm.occupation).toMatchObject({ code: '11-9021.00', socCode: '11-9021', title: 'Construction Managers' });
    expect(pm.salary).toBe('$90,000–$120,000 a year');
    expect(pm.applicationUrl).toMatch(/^https?:\/\//);
    expect(pm.isExample).toBe(true);
    expect(pm.descriptionHtml).not.toMatch(/<script/i);
  });

  it("labels a role's own items with its company and O*NET's once per list", () => {
    expect(pm.lists.responsibilities.map((g) => [g.label, g.custom])).toEqual([['From Power Design', true]]);
    expect(pm.lists.responsibilities[0].items).toHaveLength(5);
    expect(pm.lists.tasks.map((g) => g.label)).toEqual(['From O*NET']);
    // The role inherits its occupation's tools override.
    expect(pm.lists.tools.map((g) => g.label)).toEqual(['From O*NET', 'Custom (Tampa Bay editors)']);
  });

  it("shows an occupation's overrides after O*NET's items, grouped by category", () => {
    const tools = occupations.get('11-9021.00')!.lists.tools;
    const custom = tools.find((g) => g.custom)!;
    expect(custom.label).toBe('Custom (Tampa Bay editors)');
    expect(custom.items.flatMap((c) => c.tools.map((t) => t.name))).toEqual(['Bluebeam Revu', 'Autodesk Construction Cloud']);
    expect(tools[0].label).toBe('From O*NET');
    const categories = tools[0].items.map((c) => c.category);
    expect(new Set(categories).size).toBe(categories.length);
    expect(tools[0].items.some((c) => c.tools.some((t) => t.hot))).toBe(true);
  });

  it('relates a role to its occupation first, then O*NET related occupations, without repeats', () => {
    expect(pm.related[0]).toEqual({ code: '11-9021.00', title: 'Construction Managers', relation: 'role' });
    expect(pm.related.some((o) => o.relation === 'onet')).toBe(true);
    expect(new Set(pm.related.map((o) => o.code)).size).toBe(pm.related.length);
  });

  it('falls back to the same occupation at the same company when no other company has a similar role', () => {
    expect(pm.similarAtOtherCompanies).toBe(false);
    expect(pm.similar.map((r) => r.slug).sort()).toEqual(['assistant-mechanical-project-manager-power-design', 'senior-mechanical-project-manager-power-design']);
    for (const role of roles.values()) {
      expect(role.similar.map((r) => r.slug)).not.toContain(role.slug);
      if (role.similarAtOtherCompanies) for (const r of role.similar) expect(r.companySlug).not.toBe(role.company.slug);
    }
  });

  it("gives a role its occupation's region programs, the editor-added one by its marketed title", () => {
    expect(pm.programs).toEqual(occupations.get('11-9021.00')!.programs);
    expect(pm.programs.map((p) => p.title)).toContain('Building Construction Technology (A.S.)');
  });

  it('lists every company with its roles, and employers with roles most first', () => {
    const power = getCompanyPages().find((c) => c.slug === 'power-design')!;
    expect(power.roles).toHaveLength(3);
    expect(power.website).toMatch(/^https:\/\//);
    const employers = listEmployers();
    expect(employers[0]).toMatchObject({ slug: 'power-design', roles: 3 });
    for (let i = 1; i < employers.length; i++) expect(employers[i].roles).toBeLessThanOrEqual(employers[i - 1].roles);
  });

  it("shows programs' editor fields: marketed titles, and whether editors added or corrected them", () => {
    const programs = new Map(getRegionPrograms().map((p) => [p.id, p]));
    const hcc = programs.get('hcc-building-construction-technology')!;
    expect(hcc).toMatchObject({ title: 'Building Construction Technology (A.S.)', format: 'In person', editor: 'added', isExample: true });
    expect(hcc.cipTitle).toMatch(/^Construction Engineering Technology/);
    expect(hcc.skills.length).toBeGreaterThan(0);
    expect(programs.get('137351-51.3801-5')).toMatchObject({ title: 'Bachelor of Science in Nursing (BSN)', editor: 'corrected' });
    const untouched = [...programs.values()].find((p) => p.editor === null)!;
    expect(untouched).toMatchObject({ title: untouched.cipTitle, description: null, skills: [], isExample: false });
  });
});
