import { z } from 'zod';
import { cipCode, optionalText, socCode, text } from '../lib/fields.ts';
import type { Problems } from '../lib/problems.ts';
import { readTable } from '../lib/read-table.ts';
import { parseTable } from '../lib/row-schema.ts';

/**
 * NCES CIP 2020 codes (`CIPCode2020.csv`, codes wrapped as `="01.0101"`, or its cleaned conversion)
 * and the CIP 2020 – SOC 2018 crosswalk (workbook sheet `CIP-SOC`, or its CSV).
 */

/** CIP codes at any level: `01`, `01.01`, `01.0101` (a lost leading zero is restored). */
const anyLevelCip = () =>
  z.string().transform((v, ctx) => {
    const padded = /^\d(\.|$)/.test(v) ? `0${v}` : v;
    if (/^\d{2}(\.\d{2}(\d{2})?)?$/.test(padded)) return padded;
    ctx.issues.push({ code: 'custom', message: 'a CIP code like 51, 51.38 or 51.3801', input: v });
    return z.NEVER;
  });

/** CIP 2020 actions whose code is no longer in use. */
const retiredActions = new Set(['Moved from', 'Deleted']);

export const readCipCodes = (path: string, problems: Problems) =>
  parseTable(
    readTable(path, problems),
    { family: 'CIPFamily', code: 'CIPCode', action: 'Action', title: 'CIPTitle', definition: 'CIPDefinition', crossReferences: 'CrossReferences', examples: 'Examples' },
    z.object({
      family: anyLevelCip(),
      code: anyLevelCip(),
      action: text(),
      // NCES ends every title with a period, which reads oddly in headings.
      title: text().transform((t) => t.replace(/\.$/, '')),
      definition: text(),
      crossReferences: optionalText(),
      examples: optionalText(),
    }).transform((row) => ({ ...row, digits: row.code.replace('.', '').length, active: !retiredActions.has(row.action) })),
    problems,
    { key: ['code'] },
  );

/** The crosswalk's placeholder rows for codes with no counterpart. */
const isNoMatch = (raw: Record<string, string | undefined>) =>
  raw.socCode === '99-9999' || raw.cipCode === '99.9999' || /^NO MATCH/i.test(raw.socTitle ?? '') || /^NO MATCH/i.test(raw.cipTitle ?? '');

export const readCipSocCrosswalk = (path: string, problems: Problems) =>
  parseTable(
    readTable(path, problems, { sheet: 'CIP-SOC', headerHas: 'CIP2020Code' }),
    { cipCode: 'CIP2020Code', cipTitle: 'CIP2020Title', socCode: 'SOC2018Code', socTitle: 'SOC2018Title' },
    z.object({ cipCode: cipCode(), cipTitle: text(), socCode: socCode(), socTitle: text() }),
    problems,
    { skip: (raw) => (isNoMatch(raw) ? 'NO MATCH' : null), key: ['cipCode', 'socCode'] },
  );
