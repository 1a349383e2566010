import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireRealCatalog } from '../../../test-support/real-catalog.ts';
import { formatProblem } from '../../lib/problems.ts';
import { resolvePaths } from '../../paths.ts';
import { loadOccupationList } from '../check.ts';
import { closestOccupations, titleOnlySocIndex, type Occupation } from '../closest-occupations.ts';
import { loadEducationLookup, type EducationLookup } from '../education-lookup.ts';
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

/** A slice of IPEDS: USF reports its nursing BSN and MSN; 51.1601 stands for a code CIP 2020 retired. */
const education: EducationLookup = {
  programIds: new Set(['137351-51.3801-5', '137351-51.3801-7']),
  institutions: new Map([[137351, 'University of South Florida'], [134495, 'Hillsborough Community College']]),
  cipCodes: new Map([['51.3801', true], ['51.0909', true], ['52.2001', true], ['51.1601', false]]),
};

const options = (fixture: string) => ({ contentDir: join(fixtures, fixture), repoRoot, publicDir: join(fixtures, 'public'), occupations, education });

function check(fixture: string) {
  return validateContent(options(fixture));
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
    expect(rows.programs).toEqual({
      edits: [
        {
          id: '137351-51.3801-5',
          set: {
            title: 'Bachelor of Science in Nursing', url: 'https://health.example.edu/nursing', format: 'In person', duration: '4 years',
            skills: ['Patient assessment', 'Clinical judgment'], editedBy: `${shown}/valid/programs/usf-nursing-bsn.yaml`,
          },
        },
      ],
      added: [
        {
          id: 'hcc-surgical-technology', unitid: 134495, cipCode: '51.0909', awardLevel: 3, title: 'Surgical Technology (A.S.)', description: 'A made-up program for tests.',
          format: 'Hybrid', isExample: true, source: 'editor', editedBy: `${shown}/valid/programs/hcc-surgical-technology.yaml`,
        },
      ],
    });
    expect([...rows.overrides.keys()]).toEqual(['29-2055.00', 'surgical-technologist-acme-health']);
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

  it('builds the ranker index only when a file names an unknown code, and once', () => {
    let built = 0;
    const socIndex = () => (built++, titleOnlySocIndex(occupations));
    expect(validateContent({ ...options('valid'), socIndex }).problems).toEqual([]);
    expect(built).toBe(0);
    const hints = validateContent({ ...options('override-errors'), socIndex }).problems.filter((p) => p.expected.includes('closest occupations'));
    expect(hints.map((p) => p.value)).toEqual(['29-9999.99', 'surgical-tech-acme-health']);
    expect(built).toBe(1);
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

  it('reports malformed YAML at the line the parser stopped, with what to type', () => {
    expect(lines('malformed-yaml')).toEqual([
      `${shown}/malformed-yaml/companies/acme-health.yaml:5 got "description: Hospitals: clinics: labs", expected the text in quotes, like description: "Hospitals: clinics: labs" (a colon followed by a space starts a new key unless the text is quoted)`,
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

  it('reports program files that name unknown or retired codes, target a program twice or break the schema', () => {
    const at = (name: string) => `${shown}/program-errors/programs/${name}.yaml`;
    const levels = "1 (Certificate of less than 1 year), 2 (Certificate of at least 1 but less than 2 years), 3 (Associate's degree), 4 (Certificate of at least 2 but less than 4 years), 5 (Bachelor's degree), 6 (Postbaccalaureate certificate), 7 (Master's degree), 8 (Post-master's certificate), 17 (Doctor's degree - research/scholarship), 18 (Doctor's degree - professional practice), 19 (Doctor's degree - other), 20 (Certificate of less than 12 weeks), 21 (Certificate of at least 12 weeks but less than 1 year)";
    expect(lines('program-errors')).toEqual([
      `${at('another-target')}:3 cip_code: got "51.1601", expected a 6-digit CIP 2020 code in use (CIP 2020 retired this one)`,
      `${at('duplicate-target')}:2 ipeds_id: got "137351-51.3801-5", expected a program no other file corrects; ${at('another-target')} does already`,
      `${at('duplicate-target')}:3 institution: got "137351", expected no institution beside ipeds_id (it is part of the id; to add a different program, leave ipeds_id out)`,
      `${at('new-program')}:2 institution: got "999999", expected the UNITID of an institution in the catalog (IPEDS directory, the region's state)`,
      `${at('new-program')}:3 cip_code: got "52.9999", expected a 6-digit CIP 2020 code in use (this one is not in CIP 2020)`,
      `${at('new-program')}:4 award_level: got "10", expected an IPEDS award level: ${levels}`,
      `${at('new-program')}:6 url: got "javascript:alert(1)", expected an http:// or https:// address, like https://careers.example.com/jobs/123`,
      `${at('unknown-program')}:2 ipeds_id: got "137351-51.3801-6", expected the id of a program IPEDS reports, <UNITID>-<CIP>-<award level>; University of South Florida reports CIP 51.3801 at award level 5, 7`,
      `${at('unknown-program')}:3 format: got "Remote", expected one of In person, Online, Hybrid`,
      `${at('unknown-program')}:4 credits: expected no unknown keys (known keys: ipeds_id, institution, cip_code, award_level, title, description, url, format, duration, skills, example)`,
      `${at('unquoted-cip')}:3 cip_code: got "51.0909", expected a CIP code in quotes, like "52.2001" (unquoted, YAML reads it as a number and drops trailing zeros)`,
    ]);
  });

  it('asks a new program for the fields that identify it, in one problem', () => {
    expect(lines('program-missing-fields')).toEqual([
      `${shown}/program-missing-fields/programs/surgical-technology.yaml:1 institution: got nothing, expected a value (and award_level): a file without ipeds_id adds a new program, which needs institution, cip_code, award_level, title`,
    ]);
  });

  it('reports override files named after no occupation or role, and lists that break the schema', () => {
    const at = (name: string) => `${shown}/override-errors/overrides/${name}.yaml`;
    expect(lines('override-errors')).toEqual([
      `${at('29-1141.00')}:1 expected at least one of responsibilities, tasks or tools`,
      `${at('29-1141.00')}:2 responsibility: expected no unknown keys; did you mean "responsibilities"? (known keys: responsibilities, tasks, tools, note)`,
      `${at('29-2055.00')}:3 tasks.mode: got "swap", expected replace (show only these items) or add (append them to the default list)`,
      `${at('29-2055.00')}:4 tasks.items: got "[]", expected a list of at least one item (to go back to the default, delete the key or the file)`,
      `${at('29-2055.00')}:8 tools.items[0].category: got nothing, expected some text`,
      `${at('29-2055.00')}:9 tools.items[0].vendor: expected no unknown keys (known keys: name, category, hot)`,
      `${at('29-9999.99')} file name: got "29-9999.99", expected the O*NET-SOC code of an occupation or the slug of a role in ${shown}/override-errors/roles/; closest occupations: 29-9093.00 Surgical Assistants, 29-1141.00 Registered Nurses, 29-1242.00 Orthopedic Surgeons, Except Pediatric`,
      `${at('Bad_Name')} file name: got "Bad_Name", expected an O*NET-SOC code like 11-9021.00 or the slug of a role file`,
      `${at('surgical-tech-acme-health')} file name: got "surgical-tech-acme-health", expected the O*NET-SOC code of an occupation or the slug of a role in ${shown}/override-errors/roles/ (did you mean the role "surgical-technologist-acme-health"?); closest occupations: 29-2055.00 Surgical Technologists, 29-2034.00 Radiologic Technologists and Technicians, 29-9093.00 Surgical Assistants`,
    ]);
  });

  it('reports unknown and repeated codes in the high-demand list', () => {
    expect(lines('high-demand')).toEqual([
      `${shown}/high-demand/high-demand.yaml:6 occupations[2].code: got "29-1141.00", expected each occupation listed once; it is already listed on line 2`,
      `${shown}/high-demand/high-demand.yaml:8 occupations[3].code: got "15-1299.99", expected an O*NET-SOC code of an occupation; closest: 15-1252.00 Software Developers, 15-1254.00 Web Developers, 15-1253.00 Software Quality Assurance Analysts and Testers`,
    ]);
  });
});

describe('closest occupations with the catalog\'s index', () => {
  it('ranks by the SOC ranker, which knows O*NET\'s other titles, and by the code\'s neighbours', () => {
    const list = loadOccupationList(resolvePaths({ ATLAS_CATALOG: requireRealCatalog() }));
    const closest = closestOccupations(list!.socIndex);
    expect(closest({ title: 'Surgical Technologist', code: '29-9999.99' })[0]).toEqual({ code: '29-2055.00', title: 'Surgical Technologists' });
    expect(closest({ title: 'night shift RN', code: '29-1141.99' })[0].code).toBe('29-1141.00');
    expect(closest({ title: 'cdl a driver otr', code: '53-3099.99' })[0].code).toBe('53-3032.00');
    expect(closest({ title: '', code: '29-2055.01' })[0].code).toBe('29-2055.00');
  });
});

describe('starter content', () => {
  it('validates with zero problems against the real occupation list and IPEDS programs', () => {
    const paths = resolvePaths({ ATLAS_CATALOG: requireRealCatalog() });
    const list = loadOccupationList(paths);
    const ipeds = loadEducationLookup(paths);
    expect(list && ipeds, 'no occupation list or IPEDS programs in the test catalog').toBeTruthy();
    const { rows, problems } = validateContent(resolveContentOptions(list!.occupations, ipeds!.education, paths));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(rows.companies.map((c) => c.slug)).toEqual(['baycare', 'power-design', 'raymond-james', 'spectrum', 'td-synnex', 'teco']);
    expect(rows.roles).toHaveLength(8);
    expect(rows.roles.every((r) => r.isExample && r.state === 'FL')).toBe(true);
    expect(rows.curated.length).toBeGreaterThanOrEqual(15);
    expect(rows.programs.edits.map((e) => e.id)).toEqual(['137351-51.3801-5']);
    expect(rows.programs.added.map((p) => [p.id, p.unitid, p.cipCode, p.awardLevel, p.isExample])).toEqual([['hcc-building-construction-technology', 134495, '15.1001', 3, true]]);
    expect([...rows.overrides.keys()]).toEqual(['11-9021.00', 'mechanical-project-manager-power-design']);
  });
});
