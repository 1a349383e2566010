import { describe, expect, it } from 'vitest';
import { blsNumber, cipCode, decimal, yesNo } from '../fields.ts';

describe('blsNumber', () => {
  it.each([
    ['*', { value: null, special: '*' }],
    ['**', { value: null, special: '**' }],
    ['#', { value: null, special: '#' }],
    ['~', { value: null, special: '~' }],
    ['154187380', { value: 154187380, special: null }],
    ['1,234.5', { value: 1234.5, special: null }],
    ['', { value: null, special: null }],
  ])('reads %j as null plus its marker, never 0', (cell, expected) => {
    expect(blsNumber().parse(cell)).toEqual(expected);
  });

  it('rejects text that is neither a number nor a marker, saying what it expected', () => {
    const result = blsNumber().safeParse('n.a.');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('a number or a BLS marker (* ** # ~)');
  });
});

describe('other cells', () => {
  it('treats the text release n/a like the Excel release blank', () => {
    expect(decimal().parse('n/a')).toBeNull();
    expect(decimal().parse('')).toBeNull();
    expect(yesNo().parse('n/a')).toBeNull();
    expect(yesNo().parse('Y')).toBe(true);
  });

  it('restores a CIP code leading zero lost in a spreadsheet and rejects other shapes', () => {
    expect(cipCode().parse('1.0101')).toBe('01.0101');
    expect(cipCode().parse('51.3801')).toBe('51.3801');
    expect(cipCode().safeParse('51.38').success).toBe(false);
  });
});
