import { describe, expect, it } from 'vitest';
import { sourceReleases } from '../manifest.ts';

describe('the source manifest', () => {
  it('states for every release file what a sound copy looks like: headers and a row-count range', () => {
    const files = sourceReleases.flatMap((release) => release.files);
    const without = files.filter((file) => !file.expect || file.expect.headers.length === 0 || file.expect.rows.min < 1 || file.expect.rows.max < file.expect.rows.min);
    expect(without.map((file) => file.id)).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  });

  it('gives the fixed O*NET 29.3 release exact row counts', () => {
    const onet = sourceReleases.find((release) => release.id === 'onet')!;
    expect(onet.files.filter((file) => file.expect!.rows.min !== file.expect!.rows.max)).toEqual([]);
    expect(onet.files.find((file) => file.id === 'onet:Occupation Data')!.expect!.rows).toEqual({ min: 1016, max: 1016 });
  });
});
