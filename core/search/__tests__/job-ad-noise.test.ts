import { describe, expect, it } from 'vitest';
import { cleanQuery } from '../job-ad-noise.ts';

const clean = (q: string) => cleanQuery(q).text;

describe('cleanQuery', () => {
  it('strips pay, perks and schedule from a job-ad title, keeping the job and its unit', () => {
    const text = clean('Night Shift RN - ICU - $10K Sign-On Bonus');
    expect(text).toContain('rn - icu');
    expect(text).not.toMatch(/\$|10k|bonus|sign/);
    expect(clean('Barista - Part Time - Flexible Hours')).toBe('barista - part time');
    expect(clean('Warehouse Associate $18/hr + Weekly Pay')).toBe('warehouse associate');
    expect(clean('Line Cook - up to $22.50 per hour')).toBe('line cook');
    expect(clean('Staff Accountant $65K + Bonus')).toBe('staff accountant');
  });

  it('strips places, requisition codes and shift times', () => {
    expect(clean('Pharmacy Technician - Tampa, FL 33607')).toBe('pharmacy technician');
    expect(clean('Custodian (Hillsborough County)')).toBe('custodian');
    expect(clean('Medical Assistant Req #R-104522')).toBe('medical assistant');
    expect(clean('Security Officer JR104522 7p-7a')).toBe('security officer');
    expect(clean('Welder (Job ID: 4521) - Clearwater')).toBe('welder');
  });

  it('keeps words that name occupations even where they look like noise', () => {
    expect(clean('HR Generalist')).toBe('hr generalist');
    expect(clean('Pool Attendant')).toBe('pool attendant');
    expect(clean('Travel Agent')).toBe('travel agent');
    expect(clean('School Bus Driver - CDL-B w/ P&S Endorsements')).toContain('school bus driver');
  });

  it('notes an employer and never empties a query that had a word', () => {
    expect(cleanQuery('Publix Deli Clerk')).toMatchObject({ text: 'deli clerk', employer: true });
    expect(cleanQuery('Assistant Store Manager - Dollar General')).toMatchObject({ text: 'assistant store manager', employer: true });
    expect(cleanQuery('Nurse').employer).toBe(false);
    expect(clean('Now Hiring')).toBe('now hiring');
    expect(cleanQuery('plumber').changed).toBe(false);
  });

  it('strips security clearances but keeps a job that only looks like one', () => {
    expect(clean('Network Engineer - CCNP - TS/SCI w/ Poly')).toBe('network engineer - ccnp');
    expect(clean('Systems Analyst (Secret Clearance Required)')).toBe('systems analyst');
    expect(clean('Secret Shopper')).toBe('secret shopper');
  });

  it('keeps a noise word that names the field of the job noun after it', () => {
    expect(clean('Benefits Counselor')).toBe('benefits counselor');
    expect(clean('Career Counselor - Great Benefits')).toBe('career counselor');
    expect(clean('Job Coach')).toBe('job coach');
    expect(clean('Cashier - Benefits')).toBe('cashier');
  });
});
