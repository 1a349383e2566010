import { z } from 'zod';
import { cipCode, decimal, integer, optionalText, text } from '../lib/fields.ts';
import type { Problems } from '../lib/problems.ts';
import { readTable } from '../lib/read-table.ts';
import { optional, parseTable } from '../lib/row-schema.ts';
import { awardLevels } from '../db/schema/education.ts';

/**
 * NCES IPEDS: the institutional directory (HD) and completions (C_A) files, official CSVs or the
 * first-majors reduction of C2024_A. Both are national; rows outside the region's state are skipped.
 */

/** C2024_A covers awards conferred July 2023 – June 2024. */
export const completionsYear = 2024;

const whole = (what: string) => integer().pipe(z.number({ error: what }));

export const readInstitutions = (path: string, problems: Problems, state: string) =>
  parseTable(
    readTable(path, problems),
    {
      unitid: 'UNITID', name: 'INSTNM', city: 'CITY', state: 'STABBR', zip: 'ZIP', county: 'COUNTYNM', cbsa: 'CBSA',
      sector: 'SECTOR', control: 'CONTROL', website: 'WEBADDR', latitude: 'LATITUDE', longitude: 'LONGITUD',
    },
    z.object({
      unitid: whole('an IPEDS UNITID'),
      name: text(),
      city: text(),
      state: text(),
      zip: optionalText(),
      county: optionalText(),
      // IPEDS writes -2 for "not applicable" (no metro area).
      cbsa: optionalText().transform((v) => (v && Number(v) > 0 ? v : null)),
      sector: integer(),
      control: integer(),
      website: optionalText(),
      latitude: decimal(),
      longitude: decimal(),
    }),
    problems,
    { skip: (raw) => (raw.state !== state ? `institution outside ${state}` : null), key: ['unitid'] },
  );

const sixDigitCip = /^\d{1,2}\.\d{4}$/;
const awardLevelCodes = new Set(Object.keys(awardLevels).map(Number));

/** Completions of first majors at the given institutions, 6-digit CIP rows only. */
export const readCompletions = (path: string, problems: Problems, unitids: Set<number>) =>
  parseTable(
    readTable(path, problems),
    { unitid: 'UNITID', cipCode: 'CIPCODE', majorNumber: optional('MAJORNUM'), awardLevel: 'AWLEVEL', total: 'CTOTALT', men: 'CTOTALM', women: 'CTOTALW' },
    z.object({
      unitid: whole('an IPEDS UNITID'),
      cipCode: cipCode(),
      awardLevel: whole('an IPEDS award level').refine((n) => awardLevelCodes.has(n), { error: `an award level code (${[...awardLevelCodes].join(', ')})` }),
      total: whole('a count of completions'),
      men: whole('a count of completions'),
      women: whole('a count of completions'),
    }),
    problems,
    {
      skip: (raw) => {
        if (!unitids.has(Number(raw.unitid))) return 'institution outside the region state';
        if (raw.majorNumber && raw.majorNumber !== '1') return 'second major';
        if (raw.cipCode === '99') return 'grand total';
        if (!sixDigitCip.test(raw.cipCode ?? '')) return 'CIP family or series subtotal';
        return null;
      },
      key: ['unitid', 'cipCode', 'majorNumber', 'awardLevel'],
    },
  );
