import { z } from 'zod';
import { CIP_PATTERN } from '../db/schema/education.ts';
import { ONET_SOC_PATTERN, SOC_PATTERN } from '../db/schema/occupations.ts';
import { blsSpecialValues, type BlsSpecialValue } from '../db/schema/wages.ts';

/**
 * Cell validators shared by the release parsers. Each takes the trimmed text of a cell and its
 * message says what was expected, in words an editor or data maintainer can act on.
 */

/** O*NET text files write `n/a` where the Excel release leaves the cell empty; both mean "no value". */
const isBlank = (v: string | undefined) => v === undefined || v === '' || v.toLowerCase() === 'n/a';

export const text = () => z.string({ error: 'a value' }).min(1, { error: 'a value' });

export const optionalText = () => z.string().optional().transform((v) => (isBlank(v) ? null : v!));

function numberField(expected: string, check: (n: number) => boolean) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (isBlank(v)) return null;
      const n = Number(v!.replace(/,/g, ''));
      if (Number.isFinite(n) && check(n)) return n;
      ctx.issues.push({ code: 'custom', message: expected, input: v });
      return z.NEVER;
    });
}

/** A number, or null when blank / `n/a`; thousands separators are accepted. */
export const decimal = () => numberField('a number', () => true);
export const integer = () => numberField('a whole number', Number.isInteger);

/** `Y`/`N` flags; blank / `n/a` is null. */
export const yesNo = () =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (isBlank(v)) return null;
      if (v === 'Y' || v === 'N') return v === 'Y';
      ctx.issues.push({ code: 'custom', message: '"Y" or "N"', input: v });
      return z.NEVER;
    });

export const onetSocCode = () =>
  z.string().regex(ONET_SOC_PATTERN, { error: 'an O*NET-SOC code like 29-1141.00' });

export const socCode = () => z.string().regex(SOC_PATTERN, { error: 'a SOC code like 29-1141' });

/** CIP codes as `NN.NNNN`; a family code that lost its leading zero in a spreadsheet (`1.0101`) is padded back. */
export const cipCode = () =>
  z.string().transform((v, ctx) => {
    const padded = /^\d\.\d{4}$/.test(v) ? `0${v}` : v;
    if (CIP_PATTERN.test(padded)) return padded;
    ctx.issues.push({ code: 'custom', message: 'a 6-digit CIP code like 51.3801', input: v });
    return z.NEVER;
  });

export type BlsNumber = { value: number | null; special: BlsSpecialValue | null };

/**
 * A BLS estimate: a number, or one of the BLS footnote markers (`*`, `**`, `#`, `~`), kept as null
 * plus the marker so a page can say "not available" or "$X or more" instead of showing 0.
 */
export const blsNumber = () =>
  z
    .string()
    .optional()
    .transform((v, ctx): BlsNumber => {
      if (v === undefined || v === '') return { value: null, special: null };
      if (v in blsSpecialValues) return { value: null, special: v as BlsSpecialValue };
      const n = Number(v.replace(/,/g, ''));
      if (Number.isFinite(n)) return { value: n, special: null };
      ctx.issues.push({ code: 'custom', message: `a number or a BLS marker (${Object.keys(blsSpecialValues).join(' ')})`, input: v });
      return z.NEVER;
    });
