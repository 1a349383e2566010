import { describe, expect, it } from 'vitest';
import { describeTimeToTrain, fitsTrainingBucket, trainingBuckets } from '../time-to-train.ts';

describe('describeTimeToTrain', () => {
  it('words BLS typical entry education first', () => {
    const t = describeTimeToTrain("Associate's degree", 4);
    expect(t?.label).toBe("Associate's degree: about 2 years");
    expect(t?.years).toBe(2);
    expect(t?.bucket).toBe('up-to-2-years');
    expect(t?.basis).toBe('bls-education');
  });

  it('falls back to the O*NET Job Zone when BLS gives no education', () => {
    const t = describeTimeToTrain(null, 4);
    expect(t?.basis).toBe('onet-job-zone');
    expect(t?.bucket).toBe('up-to-4-years');
    expect(t?.label).toMatch(/bachelor/);
  });

  it('returns null when neither source says, and for an unknown category with no zone', () => {
    expect(describeTimeToTrain(null, null)).toBeNull();
    expect(describeTimeToTrain('Apprenticeship of the moon', null)).toBeNull();
  });

  it('orders the buckets so a longer path never lands in a shorter bucket', () => {
    const doctor = describeTimeToTrain('Doctoral or professional degree', 5)!;
    const aide = describeTimeToTrain('High school diploma or equivalent', 2)!;
    const ids = trainingBuckets.map((b) => b.id);
    expect(ids.indexOf(doctor.bucket)).toBeGreaterThan(ids.indexOf(aide.bucket));
    expect(doctor.bucket).toBe('more-than-4-years');
  });

  it('filters cumulatively up to 4 years, and only the longer paths as more than 4 years', () => {
    expect(fitsTrainingBucket(1, 'up-to-2-years')).toBe(true);
    expect(fitsTrainingBucket(2, 'up-to-1-year')).toBe(false);
    expect(fitsTrainingBucket(4, 'more-than-4-years')).toBe(false);
    expect(fitsTrainingBucket(6, 'more-than-4-years')).toBe(true);
    expect(fitsTrainingBucket(null, 'more-than-4-years')).toBe(false);
  });
});
