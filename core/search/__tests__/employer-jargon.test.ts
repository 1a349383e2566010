import { describe, expect, it } from 'vitest';
import { translateJargon } from '../employer-jargon.ts';
import { rankOccupations } from '../rank.ts';
import { buildSearchData, type OccupationRecord } from '../search-data.ts';
import { openSearchData } from '../search-index.ts';

describe('translateJargon', () => {
  it("puts an employer's name for a job in O*NET's words, dropping a generic worker word after it", () => {
    expect(translateJargon('environmental services tech')).toBe('janitor');
    expect(translateJargon('care partner - med surg')).toBe('nursing assistant - med surg');
    expect(translateJargon('front end team member')).toBe('cashier');
    expect(translateJargon('tsa agent')).toBe('transportation security screener');
  });

  it('keeps the job noun after a field of work, and the words around a worker phrase', () => {
    expect(translateJargon('revenue cycle specialist')).toBe('medical billing specialist');
    expect(translateJargon('teacher aide - special ed')).toBe('teacher aide - special education');
    expect(translateJargon('sped teacher')).toBe('special education teacher');
    expect(translateJargon('evs supervisor')).toBe('janitor supervisor');
    expect(translateJargon('lead room attendant')).toBe('lead housekeeping cleaner');
  });

  it('reads a lead named after a place or a group as its supervisor, and a lead before a job noun as that job', () => {
    expect(translateJargon('kitchen lead')).toBe('kitchen supervisor');
    expect(translateJargon('team leader - production')).toBe('team supervisor - production');
    expect(translateJargon('receiving lead')).toBe('receiving supervisor');
    expect(translateJargon('security lead')).toBe('security supervisor');
    expect(translateJargon('lead cook')).toBe('lead cook');
    expect(translateJargon('project lead')).toBe('project lead');
  });

  it('leaves words that name nothing on their own, and whole words only', () => {
    expect(translateJargon('team member')).toBe('team member');
    expect(translateJargon('sales associate')).toBe('sales associate');
    expect(translateJargon('bedroom attendant')).toBe('bedroom attendant');
    expect(translateJargon('speed operator')).toBe('speed operator');
  });

  it('names the worker from a team or line of work only before a generic worker word', () => {
    expect(translateJargon('receiving associate')).toBe('receiving clerk');
    expect(translateJargon('attractions host')).toBe('amusement ride operator');
    expect(translateJargon('culinary cast member')).toBe('cook');
    expect(translateJargon('stock crew')).toBe('stocker');
    expect(translateJargon('receiving manager')).toBe('receiving manager');
    expect(translateJargon('culinary arts instructor')).toBe('culinary arts instructor');
  });

  it('reads a team phrase without a worker word as a field when it is one', () => {
    expect(translateJargon('asset protection specialist')).toBe('retail loss prevention specialist');
    expect(translateJargon('asset protection manager')).toBe('loss prevention manager');
  });

  it('replaces in one pass, so a replacement is never read as jargon again', () => {
    expect(translateJargon('bellman')).toBe('bellhop');
    expect(translateJargon('sterile processing tech')).toBe('sterile processing technician');
  });

  it('keeps phrases that only contain jargon: a front-end developer or mechanic is not a cashier, a locker room not a guest room', () => {
    expect(translateJargon('front end developer')).toBe('front end developer');
    expect(translateJargon('front end loader operator')).toBe('front end loader operator');
    expect(translateJargon('front end specialist')).toBe('front end specialist');
    expect(translateJargon('locker room attendant')).toBe('locker room attendant');
    expect(translateJargon('hazardous materials handler')).toBe('hazardous materials handler');
  });

  it.each([
    // hospitals and care
    ['scrub tech', 'surgical technologist'],
    // a DSP is a delivery driver beside "delivery", a care home's direct support professional elsewhere (acronyms.ts)
    ['dsp delivery associate - van', 'delivery driver - van'],
    ['excavator operator - underground utilities', 'construction equipment operator - underground utilities'],
    ['account executive - tv advertising', 'sales representative - tv advertising'],
    ['decon tech', 'sterile processing technician'],
    ['monitor tech - telemetry', 'telemetry monitor technician - telemetry'],
    ['plasma center technician', 'phlebotomist'],
    ['payment poster', 'payment posting billing clerk'],
    ['him specialist', 'health information management specialist'],
    ['clinical lab scientist', 'clinical laboratory technologist'],
    ['behavioral health associate', 'psychiatric aide'],
    // hotels, restaurants, parks
    ['night auditor', 'hotel night auditor'],
    ['utility steward', 'dishwasher'],
    ['day porter', 'janitor'],
    ['drive-thru crew member', 'fast food worker'],
    ['kitchen team member', 'food preparation worker'],
    ['park services host', 'janitor'],
    // shops
    ['courtesy clerk', 'grocery store bagger'],
    ['wireless sales consultant', 'retail salesperson'],
    ['parts counter person', 'parts salesperson'],
    // warehouses, trucks, airports, the post
    ['powered industrial truck operator', 'industrial truck operator'],
    ['non-cdl box truck driver', 'light truck light truck driver'],
    ['passenger service agent', 'airline ticket agent'],
    ['rural carrier associate', 'rural mail carrier'],
    // offices and IT
    ['call center agent', 'customer service representative'],
    ['benefits specialist', 'compensation benefit specialist'],
    ['pen tester', 'penetration tester'],
    ['qa tester - mobile', 'software qa tester - mobile'],
    ['pharmacy manager - retail', 'pharmacist - retail'],
    ['personal banker', 'financial services sales agent'],
    // trades and factories
    ['rod buster', 'rebar worker'],
    ['lineworker', 'electrical power line installer'],
    ['e&i tech', 'electrical and instrument technician'],
    // schools, public safety, government
    ['corrections deputy', 'correctional officer'],
    ['detention sergeant - county jail', 'correctional officer supervisor - county jail'],
    ['all source analyst', 'intelligence analyst'],
    ['lunch lady', 'school cafeteria cook'],
    ['head start teacher', 'preschool teacher'],
    ['eligibility counselor', 'eligibility interviewer'],
  ])('%s → %s', (jargon, words) => {
    expect(translateJargon(jargon)).toBe(words);
  });
});

/** The translation moves the ranker: on a small index, the jargon finds the occupation whose titles use the replacement words. */
describe('jargon in the ranker', () => {
  const record = (code: string, title: string, titles: string[]): OccupationRecord =>
    ({ code, title, description: title, titles, tasks: [], employment: 100 });
  const index = openSearchData(buildSearchData([
    record('31-9093.00', 'Medical Equipment Preparers', ['Sterile Processing Technician']),
    record('19-4042.00', 'Environmental Science and Protection Technicians', ['Decontamination Technician']),
    record('43-4081.00', 'Hotel, Motel, and Resort Desk Clerks', ['Hotel Night Auditor']),
    record('13-2011.00', 'Accountants and Auditors', ['Auditor']),
  ]));
  const top = (query: string) => rankOccupations(index, query, 1)[0]?.code;

  it('finds the hospital job behind the jargon, not the occupation that shares a word', () => {
    expect(top('Decontamination Technician')).toBe('31-9093.00');
    expect(top('Night Auditor')).toBe('43-4081.00');
  });
});
