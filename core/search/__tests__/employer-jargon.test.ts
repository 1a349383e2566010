import { describe, expect, it } from 'vitest';
import { translateJargon } from '../employer-jargon.ts';

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
    expect(translateJargon('lead cook')).toBe('lead cook');
    expect(translateJargon('project lead')).toBe('project lead');
  });

  it('leaves words that name nothing on their own, and whole words only', () => {
    expect(translateJargon('team member')).toBe('team member');
    expect(translateJargon('sales associate')).toBe('sales associate');
    expect(translateJargon('bedroom attendant')).toBe('bedroom attendant');
    expect(translateJargon('speed operator')).toBe('speed operator');
  });
});
