import { describe, expect, it } from 'vitest';
import { buildSearchData } from '../search-data.ts';
import { openSearchData } from '../search-index.ts';
import { understandQuery } from '../understand-query.ts';

const index = openSearchData(
  buildSearchData([
    { code: '11-9051.00', title: 'Food Service Managers', description: 'Direct restaurants.', titles: ['General Manager', 'Restaurant Manager'], tasks: ['Schedule restaurant staff.'] },
    { code: '35-2014.00', title: 'Cooks, Restaurant', description: 'Cook in restaurants.', titles: ['Line Cook'], tasks: ['Cook food to order.'] },
  ]),
);
const weightOf = (terms: { term: string; weight: number }[], term: string) => terms.find((t) => t.term === term)?.weight;

describe('understandQuery', () => {
  it('weighs a title’s context word less among titles but in full against the work', () => {
    const plan = understandQuery(index, 'General Manager - Restaurant - Part Time');
    expect(weightOf(plan.terms, 'restaurant')).toBeLessThan(1);
    expect(weightOf(plan.workTerms, 'restaurant')).toBe(1);
    // The job noun still counts most; schedule words stay little.
    expect(weightOf(plan.workTerms, 'manager')).toBeGreaterThan(1);
    expect(weightOf(plan.workTerms, 'part') ?? 0).toBeLessThan(0.5);
  });

  it('marks a working supervisor’s title, not a manager’s nor a description of work', () => {
    expect(understandQuery(index, 'Assistant Restaurant Manager').supervises).toBe(true);
    expect(understandQuery(index, 'Restaurant Manager').supervises).toBe(false);
    expect(understandQuery(index, 'lead a team of cooks').supervises).toBe(false);
  });

  it('takes a named employer’s industry as the title’s context, weaker than written context', () => {
    const plan = understandQuery(index, "Shift Manager - McDonald's");
    expect(weightOf(plan.terms, 'food')).toBeGreaterThan(0);
    expect(weightOf(plan.terms, 'food')).toBeLessThan(weightOf(understandQuery(index, 'Shift Manager - Fast Food').terms, 'food')!);
    expect(weightOf(understandQuery(index, 'Shift Manager').terms, 'food')).toBeUndefined();
  });
});
