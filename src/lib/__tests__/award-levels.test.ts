import { describe, expect, it } from 'vitest';
import { awardDistance, describeAward, entryAwardLevels } from '../award-levels.ts';
import { orderProgramsForBeginners } from '../catalog/programs.ts';

describe('award levels in plain words', () => {
  it('names each IPEDS award with its typical length, and says so for an unknown code', () => {
    expect(describeAward(3)).toEqual({ label: "Associate's degree", length: 'About 2 years', years: 2 });
    expect(describeAward(21).length).toBe('12 weeks to 1 year');
    expect(describeAward(99).label).toBe('Award level 99');
  });

  it('maps BLS typical entry education to IPEDS awards, with the Job Zone as fallback', () => {
    expect(entryAwardLevels("Bachelor's degree", 3)).toEqual([5]);
    expect(entryAwardLevels('Postsecondary nondegree award', null)).toContain(2);
    expect(entryAwardLevels(null, 5)).toEqual([7, 17, 18, 19]);
    expect(entryAwardLevels('Something new', null)).toEqual([]);
  });

  it('measures how far an award is from the entry level in years', () => {
    expect(awardDistance(5, [5])).toBe(0);
    expect(awardDistance(3, [5])).toBe(2);
    expect(awardDistance(18, [5])).toBe(4);
    expect(awardDistance(7, [])).toBe(0);
  });
});

describe('orderProgramsForBeginners', () => {
  const card = (title: string, awardLevel: number, completions: number, titleWordsShared = 0) => ({ title, awardLevel, completions, titleWordsShared });

  it('puts the entry level first, the field named like the occupation next, then shorter, then more completions, and none last', () => {
    const ordered = orderProgramsForBeginners(
      [card('DNP', 18, 40, 1), card('MSN', 7, 90, 1), card('ADN small', 3, 5, 1), card('BSN', 5, 300, 1), card('ADN big', 3, 50, 1), card('BSN none', 5, 0, 1), card('Health science', 5, 500, 0)],
      [3, 5],
    );
    expect(ordered.map((c) => c.title)).toEqual(['ADN big', 'ADN small', 'BSN', 'Health science', 'MSN', 'DNP', 'BSN none']);
  });
});
