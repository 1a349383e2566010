import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, Problems } from '../../lib/problems.ts';
import { readMetroMedians, readOewsFile, readStateMedians, toAreaCode } from '../bls-oews.ts';

const sources = join(import.meta.dirname, '../../__tests__/fixtures/sources/oews');

describe('OEWS parser', () => {
  const problems = new Problems();
  const national = readOewsFile(join(sources, 'national_M2025_dl.csv'), problems);
  const row = (soc: string) => national.rows.find((r) => r.value.occCode === soc)!.value;

  it('reads every row with all percentiles, hourly and annual', () => {
    expect(problems.list).toEqual([]);
    expect(national.rows).toHaveLength(6);
    expect(row('29-1141')).toMatchObject({
      occTitle: 'Registered Nurses',
      occGroup: 'detailed',
      totEmp: { value: 3379720, special: null },
      hMedian: { value: 46.9, special: null },
      aPct10: { value: 68940, special: null },
      aPct90: { value: 137470, special: null },
    });
  });

  it('keeps # (top-coded), * (no wage) and ** (no employment) as null plus the marker', () => {
    expect(row('11-9021').aPct90).toEqual({ value: null, special: '#' });
    expect(row('11-9021').hPct90).toEqual({ value: null, special: '#' });
    expect(row('25-2021')).toMatchObject({ hMedian: { value: null, special: '*' }, aMedian: { value: 64880, special: null }, annualOnly: true, hourlyOnly: false });
    expect(row('27-2011')).toMatchObject({ totEmp: { value: null, special: '**' }, hourlyOnly: true });
  });

  it('locates malformed rows and skips industry-specific estimates', () => {
    const own = new Problems();
    const parsed = readOewsFile(join(import.meta.dirname, 'fixtures/oews-malformed.csv'), own);
    expect(parsed.rows.map((r) => r.value.occCode)).toEqual(['29-1141']);
    expect(parsed.skipped).toEqual({ 'industry-specific estimate': 1 });
    expect(own.list.map(formatProblem)).toEqual([
      'oews-malformed.csv:3 OCC_CODE: got "291141", expected a SOC code like 29-1141',
      'oews-malformed.csv:4 H_MEDIAN: got "N/A", expected a number or a BLS marker (* ** # ~)',
    ]);
  });

  it('reads the derived median files, an empty median being no number', () => {
    const own = new Problems();
    const state = readStateMedians(join(sources, 'derived-may2025-medians/oews_may2025_state_medians_474occ.csv'), own);
    const metro = readMetroMedians(join(sources, 'derived-may2025-medians/oews_may2025_metro_medians_474occ.csv'), own);
    expect(own.list).toEqual([]);
    expect(state.rows[2].value).toMatchObject({ socCode: '11-9021', aMedian: { value: null, special: null } });
    expect(metro.rows[0].value).toMatchObject({ area: '0045300', aMedian: { value: 85470, special: null } });
  });

  it('normalises area codes: US, state postal code, 5-digit CBSA', () => {
    expect(toAreaCode('national', { area: '99', primState: 'US' })).toBe('US');
    expect(toAreaCode('state', { area: '12', primState: 'FL' })).toBe('FL');
    expect(toAreaCode('msa', { area: '0045300', primState: 'FL' })).toBe('45300');
    expect(toAreaCode('msa', { area: '45300', primState: 'FL' })).toBe('45300');
  });
});
