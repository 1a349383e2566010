import { describe, expect, it } from 'vitest';
import { createRanker } from '../occupation-ranker.ts';
import { describePostingEnd } from '../posting-end-widget.ts';

describe('the expiry badge', () => {
  it('says a posting is open through its last day and expired the day after', () => {
    expect(describePostingEnd('2026-12-01', '2026-12-01')).toEqual({ expired: false, text: 'Open through 2026-12-01' });
    expect(describePostingEnd('2026-11-30', '2026-12-01')).toMatchObject({ expired: true, text: expect.stringContaining('leaves this role off the site') });
    expect(describePostingEnd(undefined, '2026-12-01')).toBeNull();
  });
});

describe('the occupation picker ranker', () => {
  const ranker = createRanker([
    ['29-2055.00', 'Surgical Technologists', ['Surgical Tech', 'Certified Surgical Technologist', 'Scrub Tech']],
    ['29-2052.00', 'Pharmacy Technicians', ['Pharmacy Tech']],
    ['29-1141.00', 'Registered Nurses', ['Staff Nurse', 'RN']],
    ['11-9111.00', 'Medical and Health Services Managers', ['Surgical Services Director']],
  ]);

  it('ranks the occupation whose titles the job title covers first', () => {
    expect(ranker.rank({ title: 'Surgical Technologist I' })[0].code).toBe('29-2055.00');
    expect(ranker.rank('scrub tech')[0].code).toBe('29-2055.00');
    expect(ranker.rank('staff nurse').map((r) => r.code)).toEqual(['29-1141.00']);
  });

  it('finds nothing for words no title has, and knows the O*NET titles', () => {
    expect(ranker.rank('zzz')).toEqual([]);
    expect(ranker.titleOf('29-1141.00')).toBe('Registered Nurses');
    expect(ranker.titleOf('99-9999.00')).toBeUndefined();
  });
});
