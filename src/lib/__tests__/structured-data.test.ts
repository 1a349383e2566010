import { describe, expect, it } from 'vitest';
import { jsonLdProblems } from '../../../test-support/json-ld.ts';
import { requireRealCatalog } from '../../../test-support/real-catalog.ts';
import { getCompanyPages, getOccupationPages, getRegionPrograms, getRolePages } from '../catalog/index.ts';
import { jobPostingJsonLd, occupationJsonLd, programJsonLd } from '../structured-data.ts';

process.env.ATLAS_CATALOG = requireRealCatalog();

describe('schema.org JSON-LD from the real catalog', () => {
  it('every occupation: Occupation nodes with location, and salary distributions where BLS publishes wages', () => {
    const problems = getOccupationPages().flatMap((p) => jsonLdProblems(occupationJsonLd(p)).map((e) => `${p.code}: ${e}`));
    expect(problems.slice(0, 10)).toEqual([]);
    const rn = occupationJsonLd(getOccupationPages().find((p) => p.code === '29-1141.00')!);
    expect(rn['@graph'].map((n) => n.occupationLocation[0]['@type'])).toEqual(['AdministrativeArea', 'Country']);
    expect(rn['@graph'][1].estimatedSalary?.[0]).toHaveProperty('percentile90');
  });

  it('every role, as a real listing, meets the JobPosting required fields', () => {
    const companies = new Map(getCompanyPages().map((c) => [c.slug, c]));
    for (const role of getRolePages()) {
      const posting = jobPostingJsonLd({ ...role, isExample: false }, companies.get(role.company.slug));
      expect(jsonLdProblems(posting), role.slug).toEqual([]);
      expect(posting.datePosted).toBe(role.datePosted);
      expect(posting.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN']).toContain(posting.employmentType);
      expect(Boolean(posting.baseSalary)).toBe(role.salaryMin !== null || role.salaryMax !== null);
    }
  });

  it('a remote role is a telecommute posting open to its state', () => {
    const role = { ...getRolePages()[0], isExample: false, workLocationType: 'Remote' };
    expect(jobPostingJsonLd(role, undefined)).toMatchObject({ jobLocationType: 'TELECOMMUTE', applicantLocationRequirements: { '@type': 'State', name: role.state } });
  });

  it('every program: EducationalOccupationalProgram with provider and credential', () => {
    const problems = getRegionPrograms().flatMap((p) => jsonLdProblems(programJsonLd(p)).map((e) => `${p.id}: ${e}`));
    expect(problems.slice(0, 10)).toEqual([]);
  });
});
