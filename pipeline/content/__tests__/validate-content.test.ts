import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../lib/problems.ts';
import { loadOccupationList } from '../check.ts';
import type { Occupation } from '../closest-occupations.ts';
import { resolveContentOptions, validateContent } from '../validate-content.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const fixtures = join(import.meta.dirname, 'fixtures');
const shown = 'pipeline/content/__tests__/fixtures';

/** A slice of O*NET big enough for the closest-occupation hint to have to choose. */
const occupations: Occupation[] = [
  { code: '11-9021.00', title: 'Construction Managers' },
  { code: '15-1252.00', title: 'Software Developers' },
  { code: '15-1253.00', title: 'Software Quality Assurance Analysts and Testers' },
  { code: '15-1254.00', title: 'Web Developers' },
  { code: '29-1141.00', title: 'Registered Nurses' },
  { code: '29-1242.00', title: 'Orthopedic Surgeons, Except Pediatric' },
  { code: '29-2034.00', title: 'Radiologic Technologists and Technicians' },
  { code: '29-2055.00', title: 'Surgical Technologists' },
  { code: '29-9093.00', title: 'Surgical Assistants' },
  { code: '43-6014.00', title: 'Secretaries and Administrative Assistants, Except Legal, Medical, and Executive' },
];

function check(fixture: string) {
  return validateContent({ contentDir: join(fixtures, fixture), repoRoot, publicDir: join(fixtures, 'public'), occupations });
}

const lines = (fixture: string) => check(fixture).problems.map(formatProblem);

describe('content validation', () => {
  it('accepts a valid folder and turns it into catalog rows', () => {
    const { rows, problems } = check('valid');
    expect(problems).toEqual([]);
    expect(rows.companies).toEqual([
      { slug: 'acme-health', name: 'Acme Health', logo: '/logos/acme-health.svg', website: 'https://acme-health.example.org', trustedPartner: true, description: 'A made-up hospital group for tests.' },
    ]);
    expect(rows.roles).toHaveLength(1);
    expect(rows.roles[0]).toMatchObject({
      slug: 'surgical-technologist-acme-health', companySlug: 'acme-health', occupationCode: '29-2055.00', socCode: '29-2055',
      employmentType: 'Full-time', salaryMin: 48000, salaryMax: 62000, proficiency: 60, skills: ['Sterile technique', 'Surgical instrumentation'],
      descriptionHtml: '<p>Set up the operating room and <strong>keep the sterile field</strong>.</p>', isExample: false,
    });
    expect(rows.curated).toEqual([
      { occupationCode: '29-2055.00', basis: 'curated', note: "Picked for steady hiring by the region's hospitals." },
      { occupationCode: '29-1141.00', basis: 'curated', note: 'A top priority for training funds.' },
    ]);
  });

  it('names the three closest occupations for an unknown SOC code', () => {
    const { problems } = check('unknown-soc');
    expect(problems).toEqual([
      {
        file: `${shown}/unknown-soc/roles/surgical-technologist-acme-health.md`,
        line: 4,
        field: 'soc_code',
        value: '29-9999.99',
        expected: 'an O*NET-SOC code of an occupation; closest: 29-2055.00 Surgical Technologists, 29-9093.00 Surgical Assistants, 29-2034.00 Radiologic Technologists and Technicians',
      },
    ]);
    expect(formatProblem(problems[0])).toBe(
      `${shown}/unknown-soc/roles/surgical-technologist-acme-health.md:4 soc_code: got "29-9999.99", expected an O*NET-SOC code of an occupation; closest: 29-2055.00 Surgical Technologists, 29-9093.00 Surgical Assistants, 29-2034.00 Radiologic Technologists and Technicians`,
    );
  });

  it('reports a role whose company has no file, suggesting the near miss', () => {
    expect(lines('unknown-company')).toEqual([
      `${shown}/unknown-company/roles/surgical-technologist-acme-health.md:3 company: got "acme-heath", expected the slug of a company file in ${shown}/unknown-company/companies/ (did you mean "acme-health"?)`,
    ]);
  });

  it('reports two files with the same slug, compared case-insensitively', () => {
    expect(lines('duplicate-slug')).toEqual([
      `${shown}/duplicate-slug/companies/Acme-Health.yml file name: got "Acme-Health", expected a lowercase kebab-case slug like baycare (it becomes the page URL)`,
      `${shown}/duplicate-slug/companies/acme-health.yaml slug: got "acme-health", expected a slug no other company uses; ${shown}/duplicate-slug/companies/Acme-Health.yml has it too`,
    ]);
  });

  it('refuses links that are not http(s), for application_url and website', () => {
    const expected = 'expected an http:// or https:// address, like https://careers.example.com/jobs/123';
    expect(lines('unsafe-url')).toEqual([
      `${shown}/unsafe-url/companies/acme-health.yaml:3 website: got "ftp://acme-health.example.org", ${expected}`,
      `${shown}/unsafe-url/roles/surgical-technologist-acme-health.md:13 application_url: got "javascript:alert(document.cookie)", ${expected}`,
    ]);
  });

  it('reports a proficiency outside 0–100', () => {
    expect(lines('proficiency')).toEqual([
      `${shown}/proficiency/roles/surgical-technologist-acme-health.md:12 proficiency: got "140", expected a whole number from 0 to 100 (percent)`,
    ]);
  });

  it('reports malformed YAML at the line the parser stopped', () => {
    expect(lines('malformed-yaml')).toEqual([
      `${shown}/malformed-yaml/companies/acme-health.yaml:5 got "description: Hospitals: clinics: labs", expected valid YAML (Nested mappings are not allowed in compact mappings)`,
    ]);
  });

  it('reports an unknown key with the key it was probably meant to be', () => {
    const [problem, ...rest] = lines('unknown-key');
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      new RegExp(`^${shown}/unknown-key/roles/surgical-technologist-acme-health\\.md:10 salery_min: expected no unknown keys; did you mean "salary_min"\\? \\(known keys: title, company, soc_code, .*\\)$`),
    );
  });

  it('reports a logo that is not a file under public/', () => {
    expect(lines('missing-logo')).toEqual([
      `${shown}/missing-logo/companies/acme-health.yaml:4 logo: got "/logos/acme.svg", expected a file that exists: ${shown}/public/logos/acme.svg is missing (or leave logo out for a lettered placeholder)`,
    ]);
  });

  it('reports unknown and repeated codes in the high-demand list', () => {
    expect(lines('high-demand')).toEqual([
      `${shown}/high-demand/high-demand.yaml:6 occupations[2].code: got "29-1141.00", expected each occupation listed once; it is already listed on line 2`,
      `${shown}/high-demand/high-demand.yaml:8 occupations[3].code: got "15-1299.99", expected an O*NET-SOC code of an occupation; closest: 15-1252.00 Software Developers, 15-1254.00 Web Developers, 15-1253.00 Software Quality Assurance Analysts and Testers`,
    ]);
  });
});

describe('starter content', () => {
  it('validates with zero problems against the real occupation list', () => {
    const list = loadOccupationList();
    expect(list, 'no occupation list: build the catalog (npm run pipeline) or provide the O*NET files').not.toBeNull();
    const { rows, problems } = validateContent(resolveContentOptions(list!.occupations, {}));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(rows.companies.map((c) => c.slug)).toEqual(['baycare', 'power-design', 'raymond-james', 'spectrum', 'td-synnex', 'teco']);
    expect(rows.roles).toHaveLength(8);
    expect(rows.roles.every((r) => r.isExample && r.state === 'FL')).toBe(true);
    expect(rows.curated.length).toBeGreaterThanOrEqual(15);
  });
});
