import { describe, expect, it } from 'vitest';
import type { OccupationWages, WageArea, WageFile, WageGap } from '../catalog/index.ts';
import { fallbackNotes, footnoteLegend, gapWords, medianAmounts, wageNotes, wageRows } from '../wage-words.ts';

const extract: WageFile = {
  id: 'oews:state-medians',
  areaType: 'state',
  complete: false,
  year: 2025,
  release: 'May 2025 state and metropolitan medians, 472 occupations (partial)',
  path: 'oews/derived-may2025-medians/oews_may2025_state_medians_474occ.csv',
  occupations: 472,
  areas: 51,
  hasPercentiles: false,
  markers: ['suppressed'],
};
const complete: WageFile = { ...extract, id: 'oews:state', complete: true, path: 'oews/state_M2025_dl.csv', occupations: 830, hasPercentiles: true, markers: ['*'] };

const teachers: WageArea = {
  areaType: 'state',
  areaCode: 'FL',
  areaName: 'Florida',
  year: 2025,
  employment: null,
  hourly: { median: null },
  annual: { median: 64880 },
  footnotes: { 'hourly.median': 'suppressed' },
  hasPercentiles: false,
  annualOnly: true,
  hourlyOnly: false,
};

const gap = (over: Partial<WageGap>): WageGap => ({ socCode: '35-2011', areaType: 'state', areaName: 'Florida', kind: 'not-covered', file: extract, hasRow: false, markers: [], ...over });

describe('wage words', () => {
  it('explain an annual-only blank in every area, never as suppressed', () => {
    expect(wageRows(teachers)).toEqual([{ label: 'Median', hourly: 'not published (annual wages only)', annual: '$64,880' }]);
    expect(medianAmounts(teachers)).toBe('$64,880 a year');
    const notes = wageNotes(teachers, extract);
    expect(notes[0]).toBe('BLS publishes only annual wages for this occupation; hourly figures are blank by design.');
    expect(notes.join(' ')).not.toMatch(/suppressed/);
  });

  it("say the medians-only limit is the extract's, naming the file and its coverage", () => {
    expect(wageNotes({ ...teachers, annualOnly: false }, extract)).toEqual([
      "Medians only: this edition's state figures come from oews_may2025_state_medians_474occ.csv, a partial extract of BLS OEWS May 2025 state figures (472 occupations, medians only).",
    ]);
  });

  it('blame BLS only where BLS published nothing: a marked row, or no row in a complete file', () => {
    expect(gapWords(gap({ kind: 'not-published', hasRow: true, markers: ['*'], file: complete, socCode: '35-2011' }))).toBe(
      'BLS published no wage estimate for SOC 35-2011 in Florida (marked * in the BLS file).',
    );
    expect(gapWords(gap({ kind: 'not-published', hasRow: true, markers: ['suppressed'], socCode: '11-9021' }))).toBe(
      'BLS published no wage estimate for SOC 11-9021 in Florida (its median is blank in oews_may2025_state_medians_474occ.csv).',
    );
    expect(gapWords(gap({ kind: 'not-published', file: complete, socCode: '35-2011' }))).toBe(
      'BLS published no wage estimate for SOC 35-2011 in Florida: the complete BLS OEWS May 2025 state file has no row for it.',
    );
  });

  it("name this edition's file and its coverage when the gap is the edition's", () => {
    expect(gapWords(gap({ socCode: '35-2011' }))).toBe(
      "This edition's files do not cover SOC 35-2011 for Florida: its state figures come from oews_may2025_state_medians_474occ.csv, a partial extract of BLS OEWS May 2025 state figures (472 occupations, medians only).",
    );
    expect(gapWords(gap({ file: null, areaType: 'msa', areaName: 'Tampa-St. Petersburg-Clearwater, FL', socCode: '35-2011' }))).toBe(
      'This edition has no metropolitan-area wage file, so it does not cover Tampa-St. Petersburg-Clearwater, FL.',
    );
  });

  it('name the broad group before the gaps and the area shown', () => {
    const wages: OccupationWages = {
      socCode: '13-1023',
      shownSoc: '13-1020',
      group: { code: '13-1020', title: 'Buyers and Purchasing Agents' },
      primary: { ...teachers, areaType: 'national', areaCode: 'US', areaName: 'United States', annualOnly: false },
      gaps: [gap({ socCode: '13-1020', kind: 'not-published', hasRow: true, markers: ['suppressed'] })],
      national: null,
      files: { state: extract },
    };
    expect(fallbackNotes(wages)).toEqual([
      "BLS publishes wages for this occupation only within the broader group Buyers and Purchasing Agents (SOC 13-1020); the figures shown are that group's.",
      'BLS published no wage estimate for SOC 13-1020 in Florida (its median is blank in oews_may2025_state_medians_474occ.csv).',
      'Showing the United States.',
    ]);
  });

  it('give a legend of the markers that occur, with the top-code only when a # does', () => {
    expect(footnoteLegend(['suppressed', '*'])).toEqual({
      '*': 'wage estimate not available',
      suppressed: 'blank in a derived median extract: BLS published no figure there',
    });
    expect(footnoteLegend(['#'])['#']).toBe('wage at or above the top-code: $115.00 an hour or $239,200 a year');
  });
});
