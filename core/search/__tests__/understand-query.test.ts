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

  it('reads an "I" after a job noun as a grade, and before a verb as the one describing the work', () => {
    expect(understandQuery(index, 'Line Cook I').describesWork).toBe(false);
    expect(understandQuery(index, 'I cook food').describesWork).toBe(true);
  });

  it('completes a last word typed halfway that ends like a plural ("nurs" is "nurse" begun)', () => {
    const nurses = openSearchData(buildSearchData([{ code: '29-1141.00', title: 'Registered Nurses', description: 'Care for patients.', titles: ['Staff Nurse', 'Nurse'], tasks: ['Care for patients.'] }]));
    expect(understandQuery(nurses, 'nurs').corrected).toBe('nurse');
  });

  it('keeps everyday words O*NET never writes rather than correcting them to one it does', () => {
    const tasks = ['Feed live animals.', 'Protect animals against disease.'];
    const animals = openSearchData(
      buildSearchData([
        { code: '39-2021.00', title: 'Animal Caretakers', description: 'Care for animals.', titles: ['Animal Caretaker'], tasks },
        { code: '31-9096.00', title: 'Veterinary Assistants', description: 'Care for animals.', titles: ['Veterinary Assistant'], tasks },
      ]),
    );
    const plan = understandQuery(animals, 'i love caring for animals again');
    expect(plan.corrected).toBeUndefined();
    expect(plan.terms.map((t) => t.term)).not.toContain('live');
  });

  it('keeps the words of a vague description that has nothing else ("work with people")', () => {
    expect(understandQuery(index, 'work with people').terms.map((t) => t.term)).toContain('person');
  });

  it('takes a named employer’s industry as all the work when the query has no job words', () => {
    const plan = understandQuery(index, "work at McDonald's");
    expect(plan.describesWork).toBe(true);
    expect(weightOf(plan.terms, 'fast')).toBe(1);
    expect(weightOf(plan.terms, 'food')).toBe(1);
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
