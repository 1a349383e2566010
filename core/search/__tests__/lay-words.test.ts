import { describe, expect, it } from 'vitest';
import { LAY_TABLES, LAY_VERBS, LAY_WORDS, layPhraseWords, nameLayJob, nameSpecialist, verbForms } from '../lay-words.ts';
import { stemWord } from '../title-terms.ts';
import { workKey } from '../work-stem.ts';

describe('the lay words', () => {
  it('gives everyday words O*NET words, whatever their number', () => {
    expect(LAY_WORDS.get('fix')).toContain('repair');
    expect(LAY_WORDS.get(stemWord('bikes'))).toContain('bicycle');
    expect(LAY_WORDS.get(stemWord('glasses'))).toContain('eyeglasses');
    // "movies" folds to "movy", not "movie".
    expect(LAY_WORDS.get(stemWord('movies'))).toContain('film');
    expect(LAY_WORDS.get(stemWord('movie'))).toContain('film');
    expect(LAY_WORDS.get('astronomy')).toContain('astronomer');
    // "news" is no plural: it keeps its own words, not those of "new".
    expect(LAY_WORDS.get(stemWord('news'))).toContain('reporter');
    expect(stemWord('news')).toBe('news');
  });

  it('has keys in the form a query term takes, and says something besides the word itself', () => {
    for (const [key, words] of LAY_WORDS) {
      expect(key, key).toBe(stemWord(key));
      expect(words.split(' ').filter((w) => w !== key).length, key).toBeGreaterThan(0);
    }
  });

  it('has each everyday word in one domain table only, whatever its number', () => {
    const keys = LAY_TABLES.flatMap((table) => Object.keys(table).map(stemWord));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(LAY_WORDS.get('manicure')).toContain('manicurist');
    expect(LAY_WORDS.get(stemWord('germs'))).toContain('microorganism');
  });

  it('forms the -ing and -ed forms of a verb, doubling a short one', () => {
    expect(verbForms('fix')).toEqual(['fixing', 'fixed']);
    expect(verbForms('make')).toContain('making');
    expect(verbForms('cut')).toContain('cutting');
    expect(verbForms('carry')).toEqual(['carrying', 'carried']);
  });

  it("gives a verb's forms the verb's O*NET words, a table's own entry first", () => {
    expect(LAY_WORDS.get('selling')).toContain('salesperson');
    expect(LAY_WORDS.get('fixed')).toContain('repair');
    expect(LAY_WORDS.get('building')).toContain('construction');
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
    expect(layPhraseWords('put people to sleep for surgery')).toContain('anesthesia');
    expect(layPhraseWords('blow things up')).toContain('explosive');
    expect(layPhraseWords('answer calls at a call center')).toContain('customer');
  });

  it('names the specialist of a doctor named by what they treat', () => {
    expect(nameSpecialist('heart doctor')).toBe('cardiologist');
    expect(nameSpecialist('doctor for kids')).toBe('pediatrician for');
    expect(nameSpecialist('doctor who puts you to sleep for surgery')).toContain('anesthesiologist');
    expect(nameSpecialist('surgery doctor')).toBe('surgeon');
    expect(nameSpecialist('nurse for kids')).toBe('nurse for kids');
  });

  it('names the specialist of a nurse named by what they do', () => {
    expect(nameSpecialist('nurse who puts you to sleep')).toBe('nurse anesthetist who puts you to');
    expect(nameSpecialist('nurse that delivers babies')).toBe('nurse midwife that babies');
    expect(nameSpecialist('psych nurse')).toBe('psychiatric nurse');
    expect(nameSpecialist('nurse practitioner')).toBe('nurse practitioner');
    expect(nameSpecialist('family doctor office')).toBe('family medicine physician office');
  });

  it('puts everyday names for jobs in O*NET words, as whole phrases', () => {
    expect(nameLayJob('lunch lady')).toBe('cafeteria cook');
    expect(nameLayJob('lunch lady supervisor')).toBe('cafeteria cook supervisor');
    expect(nameLayJob('shrink')).toBe('psychiatrist');
    expect(nameLayJob('shrinkwrap operator')).toBe('shrinkwrap operator');
    expect(nameLayJob('lady')).toBe('lady');
    expect(nameLayJob('uber driver')).toBe('taxi driver');
    expect(nameLayJob('physio')).toBe('physical therapist');
  });
});
