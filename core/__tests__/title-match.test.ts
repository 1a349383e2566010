import { describe, expect, it } from 'vitest';
import { stemWord, titleNamesOccupation } from '../title-match.ts';

describe('titleNamesOccupation', () => {
  it.each([
    ['Construction Management, General', 'Construction Managers'],
    ['Registered Nursing/Registered Nurse', 'Registered Nurses'],
    ['Medical Office Assistant/Specialist', 'Medical Assistants'],
    ['Accounting', 'Accountants'],
  ])('"%s" names "%s"', (cip, occupation) => {
    expect(titleNamesOccupation(cip, occupation)).toBe(true);
  });

  it.each([
    ['Physical Therapy Assistant', 'Physical Therapists', 'the program trains assistants'],
    ['Graphic Design', 'Designers', 'a one-word title only matches a one-word program'],
    ['Health Information/Medical Records Technology/Technician', 'Health Technologists and Technicians, All Other', 'catch-all titles never match'],
    ['Computer Science', 'Software Developers', 'no shared words'],
  ])('"%s" does not name "%s" (%s)', (cip, occupation) => {
    expect(titleNamesOccupation(cip, occupation)).toBe(false);
  });

  it('meets the forms of one word at one stem', () => {
    expect(new Set(['managers', 'management', 'manager'].map(stemWord)).size).toBe(1);
    expect(stemWord('nurses')).toBe(stemWord('nursing'));
  });
});
