import { describe, expect, it } from 'vitest';
import { LAY_VERBS, LAY_WORDS, layPhraseWords, nameLayJob, nameSpecialist } from '../lay-words.ts';
import { stemWord } from '../title-terms.ts';
import { workKey } from '../work-stem.ts';

describe('the lay words', () => {
  it('gives everyday words O*NET words, whatever their number', () => {
    expect(LAY_WORDS.get('fix')).toContain('repair');
    expect(LAY_WORDS.get(stemWord('bikes'))).toContain('bicycle');
    expect(LAY_WORDS.get(stemWord('glasses'))).toContain('eyeglasses');
    expect(LAY_WORDS.get('astronomy')).toContain('astronomer');
  });

  it('has keys in the form a query term takes, and says something besides the word itself', () => {
    for (const [key, words] of LAY_WORDS) {
      expect(key, key).toBe(stemWord(key));
      expect(words.split(' ').filter((w) => w !== key).length, key).toBeGreaterThan(0);
    }
  });

  it('knows the verbs that start a description', () => {
    for (const verb of ['fix', 'study', 'make', 'do']) expect(LAY_VERBS.has(workKey(verb)), verb).toBe(true);
    expect(LAY_VERBS.has(workKey('fixing'))).toBe(true);
    expect(LAY_VERBS.has(workKey('nurse'))).toBe(false);
  });

  it('reads everyday phrases as one meaning, articles and plurals aside', () => {
    expect(layPhraseWords('put out fires')).toContain('extinguish');
    expect(layPhraseWords('keep the books for a small business')).toContain('bookkeeping');
    expect(layPhraseWords('put fires out')).toEqual([]);
  });

  it('names the specialist of a doctor named by what they treat', () => {
    expect(nameSpecialist('heart doctor')).toBe('cardiologist');
    expect(nameSpecialist('doctor for kids')).toBe('pediatrician for');
    expect(nameSpecialist('doctor who puts you to sleep for surgery')).toContain('anesthesiologist');
    expect(nameSpecialist('surgery doctor')).toBe('surgeon');
    expect(nameSpecialist('nurse for kids')).toBe('nurse for kids');
    expect(nameSpecialist('family doctor office')).toBe('family medicine physician office');
  });

  it('puts everyday names for jobs in O*NET words, as whole phrases', () => {
    expect(nameLayJob('lunch lady')).toBe('cafeteria cook');
    expect(nameLayJob('lunch lady supervisor')).toBe('cafeteria cook supervisor');
    expect(nameLayJob('shrink')).toBe('psychiatrist');
    expect(nameLayJob('shrinkwrap operator')).toBe('shrinkwrap operator');
    expect(nameLayJob('lady')).toBe('lady');
  });
});
