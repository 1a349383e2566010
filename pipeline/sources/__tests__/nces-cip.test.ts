import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Problems } from '../../lib/problems.ts';
import { readCipCodes, readCipSocCrosswalk } from '../nces-cip.ts';

const cip = join(import.meta.dirname, '../../__tests__/fixtures/sources/cip');

describe('NCES CIP 2020', () => {
  it('reads the published CSV: formula-wrapped codes, CRLF, undoubled inner quotes, all levels', () => {
    const problems = new Problems();
    const parsed = readCipCodes(join(cip, 'CIPCode2020.csv'), problems);
    expect(problems.list).toEqual([]);
    const byCode = new Map(parsed.rows.map((r) => [r.value.code, r.value]));
    expect(byCode.get('01.0508')).toMatchObject({ family: '01', digits: 6, title: 'Taxidermy/Taxidermist', active: true });
    expect(byCode.get('43')).toMatchObject({ digits: 2, definition: expect.stringContaining('titled "Security and Protective Services" in') });
    expect(byCode.get('01.0309')).toMatchObject({ action: 'Moved from', active: false });
  });

  it('reads the crosswalk and leaves out NO MATCH rows, counting them', () => {
    const problems = new Problems();
    const parsed = readCipSocCrosswalk(join(cip, 'CIP2020_SOC2018_Crosswalk.csv'), problems);
    expect(problems.list).toEqual([]);
    expect(parsed.rows.map((r) => [r.value.cipCode, r.value.socCode])).toEqual([
      ['51.3801', '29-1141'],
      ['11.0701', '15-1252'],
      ['11.0101', '15-1252'],
    ]);
    expect(parsed.skipped).toEqual({ 'NO MATCH': 2 });
  });
});
