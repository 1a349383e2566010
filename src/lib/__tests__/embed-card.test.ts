import { describe, expect, it } from 'vitest';
import type { OccupationWages, WageArea } from '../catalog/index.ts';
import { cardListCap, outlookFact, programsFact, wageFact } from '../embed-card.ts';

type Median = { value: number | null; marker?: string };
const view = (annual: Median, hourly: Median, over: Partial<WageArea> = {}): WageArea => ({
  areaType: 'msa',
  areaCode: '45300',
  areaName: 'Tampa-St. Petersburg-Clearwater, FL',
  year: 2025,
  employment: null,
  hourly: { median: hourly.value },
  annual: { median: annual.value },
  footnotes: { ...(hourly.marker && { 'hourly.median': hourly.marker }), ...(annual.marker && { 'annual.median': annual.marker }) },
  hasPercentiles: false,
  annualOnly: false,
  hourlyOnly: false,
  ...over,
});
const wages = (primary: WageArea | null, group: OccupationWages['group'] = null): OccupationWages => ({
  socCode: '29-1141', shownSoc: '29-1141', group, primary, gaps: [], national: null, files: {},
});

describe('embed card facts', () => {
  it('lead with the median as the wages section words it, naming area and vintage', () => {
    expect(wageFact(wages(view({ value: 85470 }, { value: 41.09 })))).toEqual({
      label: 'Median pay, Tampa-St. Petersburg-Clearwater, FL',
      value: '$85,470 a year · $41.09/hr',
      source: 'BLS OEWS May 2025',
    });
    expect(wageFact(wages(view({ value: null, marker: '#' }, { value: null, marker: '#' }))).value).toBe('$239,200 or more a year · $115.00/hr or more');
    expect(wageFact(wages(view({ value: 61000 }, { value: null, marker: '*' }, { annualOnly: true }))).value).toBe('$61,000 a year');
    expect(wageFact(wages(view({ value: null, marker: '*' }, { value: null, marker: '*' }, { areaType: 'national', areaName: 'United States' })))).toMatchObject({ label: 'Median pay, United States', value: 'Median not available' });
  });

  it('name the broader group when BLS publishes the occupation only within it', () => {
    const fact = wageFact(wages(view({ value: 74720 }, { value: 35.92 }), { code: '13-1020', title: 'Buyers and Purchasing Agents' }));
    expect(fact.source).toBe('BLS OEWS May 2025, for the broader group Buyers and Purchasing Agents');
  });

  it('say so when there is nothing to show, never 0', () => {
    expect(wageFact(wages(null)).value).toBe('Not published by BLS OEWS for this occupation');
    expect(outlookFact(null).value).toBe('Not covered by BLS Employment Projections');
    expect(programsFact([]).value).toBe('None linked yet');
  });

  it('name a few programs and count them all', () => {
    const cards = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, title: `P${i}`, institution: 'College', city: 'Tampa', cipCode: '51.3902', awardLevel: 21, awardLabel: 'Certificate', awardLength: '12 weeks to 1 year', skillsInCommon: 1, completions: 3, completionsYear: '2023–24', whyListed: null, titleWordsShared: 0 }));
    const fact = programsFact(cards);
    expect(fact.value).toBe('5 programs');
    expect(fact.links).toHaveLength(cardListCap);
  });
});
