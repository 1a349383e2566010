import { describe, expect, it } from 'vitest';
import { collectWorkForms, workKey } from '../work-stem.ts';

describe('workKey', () => {
  it('folds the verb forms of a word to one key', () => {
    for (const [a, b] of [['repairing', 'repair'], ['repaired', 'repair'], ['operating', 'operate'], ['cutting', 'cut'], ['applied', 'apply'], ['nursing', 'nurse'], ['driving', 'drive'], ['installing', 'install']]) {
      expect(workKey(a)).toBe(workKey(b));
    }
  });

  it('keeps apart words that only look alike', () => {
    expect(workKey('car')).not.toBe(workKey('care'));
    expect(workKey('plan')).not.toBe(workKey('plane'));
    expect(workKey('feed')).toBe('feed');
    expect(workKey('string')).toBe('string');
  });

  it('gives a two-letter stem its final "e" back, apart from a two-letter word', () => {
    expect(workKey('aged')).toBe(workKey('aging'));
    expect(workKey('aged')).toBe(workKey('age'));
    expect(workKey('aged')).not.toBe(workKey('ag'));
    expect(workKey('used')).toBe(workKey('use'));
  });
});

describe('collectWorkForms', () => {
  it('writes each key as its shortest word, whatever the order', () => {
    const forms = collectWorkForms(['repairing', 'repaired', 'repair', 'operating', 'operate']);
    expect(forms.get(workKey('repairing'))).toBe('repair');
    expect(forms.get(workKey('operated'))).toBe('operate');
    expect(collectWorkForms(['operate', 'operating']).get(workKey('operating'))).toBe('operate');
  });
});
