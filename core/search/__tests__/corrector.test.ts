import { describe, expect, it } from 'vitest';
import { createCorrector, editDistance, soundKey, typoCost } from '../corrector.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('plumer', 'plumber', 2)).toBe(1);
    expect(editDistance('electrition', 'electrician', 2)).toBe(2);
    expect(editDistance('nusre', 'nurse', 2)).toBe(1);
    expect(editDistance('cat', 'cat', 1)).toBe(0);
  });

  it('stops above the limit', () => {
    expect(editDistance('welder', 'accountant', 2)).toBe(3);
  });
});

describe('typoCost', () => {
  it('weighs a letter dropped or a neighbouring key as one edit, and any other letter for another as more', () => {
    expect(typoCost('lawer', 'lawyer')).toBe(1);
    expect(typoCost('nurde', 'nurse')).toBe(1);
    expect(typoCost('lawer', 'layer')).toBeGreaterThan(1);
    expect(typoCost('captian', 'captain')).toBe(1);
  });
});

describe('createCorrector', () => {
  // Commonest first, as the index writes its vocabulary.
  const corrector = createCorrector(['nurse', 'assistant', 'technician', 'nursing', 'plumber', 'electrician', 'psychologist', 'phlebotomy', 'phlebotomist', 'plumbing', 'dental']);

  it('corrects typos to a word of the vocabulary', () => {
    expect(corrector.correct('asistant')).toBe('assistant');
    expect(corrector.correct('plumer')).toBe('plumber');
    expect(corrector.correct('electrition')).toBe('electrician');
    expect(corrector.correct('psycologist')).toBe('psychologist');
  });

  it('completes a partial word with its commonest completion', () => {
    expect(corrector.correct('phlebot')).toBe('phlebotomy');
    expect(corrector.correct('nurs')).toBe('nurse');
    expect(corrector.correct('plumbr', { prefix: false })).toBe('plumber');
  });

  it('matches a word spelled the way it sounds when edits fall short', () => {
    expect(soundKey('electrishun')).toBe(soundKey('electrician'));
    expect(soundKey('farmasist')).toBe(soundKey('pharmacist'));
    expect(corrector.correct('electrishun')).toBe('electrician');
    expect(corrector.correct('sykologist')).toBe('psychologist');
    expect(corrector.correct('electrishun', { maxEdits: 1 })).toBeUndefined();
  });

  it('prefers, at the same distance, the likelier slip over the commoner word', () => {
    expect(createCorrector(['layer', 'lawyer']).correct('lawer', { prefix: false })).toBe('lawyer');
    expect(createCorrector(['layer', 'lawyer']).correct('layr', { prefix: false })).toBe('layer');
  });

  it('matches by sound only a word still spelled mostly alike', () => {
    expect(soundKey('manicure')).not.toBe(soundKey('manager'));
    expect(createCorrector(['manager']).correct('manicure')).toBeUndefined();
    expect(createCorrector(['pharmacist']).correct('farmasist')).toBe('pharmacist');
  });

  it('needs the same first letter for two edits', () => {
    expect(createCorrector(['carrier']).correct('married')).toBeUndefined();
  });

  it('leaves short and far-off words alone', () => {
    expect(corrector.correct('rn')).toBeUndefined();
    expect(corrector.correct('xyzzyq')).toBeUndefined();
    expect(corrector.correct('asdfghjkl')).toBeUndefined();
  });
});
