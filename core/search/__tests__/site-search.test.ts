import { describe, expect, it } from 'vitest';
import { rankOccupations } from '../rank.ts';
import { buildSearchData, type OccupationRecord } from '../search-data.ts';
import { openSearchData } from '../search-index.ts';
import { answerSiteQuery, planSiteQuery, type Filters, type SiteSearchCore } from '../site-search.ts';

/** The site's search on a small hand-written index: intent, filters, corrections and the never-empty rule. */

const records: OccupationRecord[] = [
  { code: '29-1141.00', title: 'Registered Nurses', description: 'Assess patient health problems and needs.', titles: ['Staff Nurse', 'RN', 'Charge Nurse'], tasks: ['Monitor patients and record vital signs.'] },
  { code: '29-2055.00', title: 'Surgical Technologists', description: 'Assist in operations under the supervision of surgeons.', titles: ['Surgical Tech', 'Scrub Tech'], tasks: ['Hand instruments and supplies to surgeons.'] },
  { code: '31-9097.00', title: 'Phlebotomists', description: 'Draw blood for tests, transfusions or research.', titles: ['Phlebotomy Technician'], tasks: ['Draw blood from veins by vacuum tube or syringe.'] },
  { code: '11-9151.00', title: 'Social and Community Service Managers', description: 'Plan and direct social service programs.', titles: ['Program Director', 'Program Manager'], tasks: ['Direct programs for youth and families.'] },
  { code: '47-2111.00', title: 'Electricians', description: 'Install and repair electrical wiring and fixtures.', titles: ['Journeyman Electrician'], tasks: ['Repair wiring in buildings.'] },
];
const data = buildSearchData(records);
const index = openSearchData(data);
const core: SiteSearchCore = {
  ...data,
  shards: 1,
  facts: records.map((_, i) => [i === 0 ? 0 : -1, 0, 0, i < 3 ? 0 : 1, 0, i === 0 ? 1 : 0]),
  lists: {
    pays: ['$82,000 a year'],
    places: ['Tampa-St. Petersburg-Clearwater, FL'],
    trainings: ['About 2 years'],
    areas: ['Healthcare Practitioners and Technical', 'Other'],
    preparations: ['Job Zone 3: Medium preparation needed'],
    companies: ['BayCare', 'TECO (Tampa Electric)'],
    institutions: ['Hillsborough Community College'],
    awards: ["Associate's degree"],
  },
  roles: [['Surgical Technologist', 0, 'surgical-technologist-baycare', 1], ['Electrician', 1, 'electrician-teco', 4]],
  programs: [['Registered Nursing / Registered Nurse', 0, 0, 'hcc-rn', [0]]],
};

const search = (query: string, filters: Filters = {}) => answerSiteQuery(core, index, planSiteQuery(core, index, query), filters);
const urls = (query: string, filters?: Filters) => search(query, filters).results.map((r) => r.url);

describe('site search', () => {
  it('ranks occupations first for a job title, then the roles and programs that go with them', () => {
    expect(urls('RN')).toEqual(['/occupations/29-1141.00/', '/programs/hcc-rn/']);
    expect(search('RN').results[0]).toMatchObject({ kind: 'Occupation', pay: { amount: '$82,000 a year', place: 'Tampa-St. Petersburg-Clearwater, FL' }, train: 'About 2 years' });
    expect(urls('surgical tech')).toEqual(['/occupations/29-2055.00/', '/roles/surgical-technologist-baycare/']);
  });

  it('puts a named company\'s roles first, and programs first when asked for', () => {
    expect(urls('BayCare')).toEqual(['/roles/surgical-technologist-baycare/']);
    expect(urls('electrician Tampa Electric jobs')[0]).toBe('/roles/electrician-teco/');
    expect(urls('nursing program')[0]).toBe('/programs/hcc-rn/');
  });

  it('puts a named company\'s unrelated roles after the occupation the job words name', () => {
    expect(urls('Phlebotomist - BayCare').slice(0, 2)).toEqual(['/occupations/31-9097.00/', '/roles/surgical-technologist-baycare/']);
    // Sharing a word ("Tech") is not matching; the company's role that is the job still leads.
    expect(urls('Phlebotomy Tech - BayCare')[0]).toBe('/occupations/31-9097.00/');
    expect(urls('Scrub Tech - BayCare')[0]).toBe('/roles/surgical-technologist-baycare/');
    // Another company's role does not lead because a company was named.
    expect(urls('Electrician - BayCare')[0]).toBe('/occupations/47-2111.00/');
  });

  it('takes the company\'s name out and leaves the rest as typed, as soc:suggest reads it', () => {
    expect(planSiteQuery(core, index, 'Sr. RN/BSN - baycare (Nights)').text).toBe('Sr. RN/BSN - (Nights)');
  });

  it('reads a kind word in a job ad\'s details as part of the ad, not as asking for programs', () => {
    expect(planSiteQuery(core, index, 'Phlebotomist - Tuition Program').intent).toBeUndefined();
    expect(planSiteQuery(core, index, 'phlebotomy program - Tampa').intent).toBe('Program');
  });

  it('reads a kind word after a verb of the work as its object, and after a verb of studying as asking', () => {
    expect(planSiteQuery(core, index, 'repair electrical programs').intent).toBeUndefined();
    expect(planSiteQuery(core, index, 'find nursing programs').intent).toBe('Program');
  });

  it('reads a kind word before a job noun as part of the title', () => {
    const planned = planSiteQuery(core, index, 'Program Director');
    expect(planned.intent).toBeUndefined();
    expect(urls('Program Director')[0]).toBe('/occupations/11-9151.00/');
  });

  it('applies filters to every kind, and lists a kind without a query', () => {
    expect(urls('surgical tech', { kind: ['Role'] })).toEqual(['/roles/surgical-technologist-baycare/']);
    expect(urls('', { demand: ['High demand'] })).toEqual(['/occupations/29-1141.00/']);
    expect(urls('', { kind: ['Program'], award: ["Associate's degree"] })).toEqual(['/programs/hcc-rn/']);
  });

  it('corrects typos, offers the closest occupation for a word it does not know, and is empty only for gibberish', () => {
    expect(search('electrican')).toMatchObject({ corrected: 'electrician' });
    expect(urls('electrican')[0]).toBe('/occupations/47-2111.00/');
    const partly = search('nurse qzxwv');
    expect(partly.results.length).toBeGreaterThan(0);
    expect(partly.didYouMean?.url).toBe('/occupations/29-1141.00/');
    expect(search('qzxwv').results).toEqual([]);
  });

  it('ranks the same occupation first as soc:suggest does', () => {
    for (const query of ['phlebotomy', 'Night Shift RN - $10K Sign-On Bonus', 'scrub tech']) {
      expect(search(query).results.find((r) => r.kind === 'Occupation')?.url, query).toBe(`/occupations/${rankOccupations(index, query, 1)[0]?.code}/`);
    }
  });
});

describe('the index', () => {
  it("matches a description of work through an occupation's detailed work activities", () => {
    const withActivities = records.map((r) => (r.code === '31-9097.00' ? { ...r, activities: ['Collect specimens from patients.'] } : r.code === '29-1141.00' ? { ...r, activities: ['Collect medical information from patients.'] } : r));
    const top = (recs: OccupationRecord[]) => rankOccupations(openSearchData(buildSearchData(recs)), 'collect specimens', 1)[0]?.code;
    expect(top(records)).toBeUndefined();
    expect(top(withActivities)).toBe('31-9097.00');
  });
});
