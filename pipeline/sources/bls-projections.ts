import { z } from 'zod';
import { decimal, socCode, text } from '../lib/fields.ts';
import type { Problems } from '../lib/problems.ts';
import { normalizeHeader, readTable } from '../lib/read-table.ts';
import { parseTable } from '../lib/row-schema.ts';
import { projectionTypes } from '../db/schema/projections.ts';

/**
 * BLS Employment Projections, Table 1.2 "Occupational projections and worker characteristics":
 * the published workbook (sheet `Table 1.2`) or its CSV conversion. Column names carry the years
 * (`Employment, 2024`), so the projection period is read from the header.
 */

/** BLS writes `—` for "not available". */
const unavailable = (v: string | undefined) => v === '—' || v === '-';
const blsDecimal = () => z.string().optional().transform((v) => (unavailable(v) ? '' : v)).pipe(decimal());
const blsText = () => z.string().optional().transform((v) => (!v || unavailable(v) ? null : v));

/** `49500`, `—`, or a top-code such as `>=$239,200`: the number when plain, else null plus the note. */
const medianWage = () =>
  z.string().optional().transform((v, ctx) => {
    if (!v || unavailable(v)) return { value: null, note: v || null };
    if (/^>=\$?[\d,]+$/.test(v)) return { value: null, note: v };
    const n = Number(v.replace(/[$,]/g, ''));
    if (Number.isFinite(n)) return { value: n, note: null };
    ctx.issues.push({ code: 'custom', message: 'a wage in dollars, "—" or a top-code like ">=$239,200"', input: v });
    return z.NEVER;
  });

export function readProjectionsTable(path: string, problems: Problems) {
  const table = readTable(path, problems, { sheet: /^Table 1\.2/, headerHas: 'Occupation type' });
  const years = table.header
    .map((h) => /^employment, (\d{4})$/.exec(normalizeHeader(h))?.[1])
    .filter((y): y is string => Boolean(y))
    .map(Number)
    .sort();
  if (years.length !== 2) {
    problems.add({ file: table.file, line: table.headerLine, field: 'Employment, YYYY', value: table.header.join(' | '), expected: 'two columns "Employment, <base year>" and "Employment, <target year>"' });
    return { baseYear: 0, targetYear: 0, parsed: { file: table.file, header: table.header, headerLine: table.headerLine, read: table.rows.length, rows: [], rejected: table.rows.length, skipped: {} } };
  }
  const [base, target] = years;
  const period = `${base}-${String(target).slice(2)}`;
  const parsed = parseTable(
    table,
    {
      title: `${base} National Employment Matrix title`,
      socCode: `${base} National Employment Matrix code`,
      occupationType: 'Occupation type',
      employmentBase: `Employment, ${base}`,
      employmentTarget: `Employment, ${target}`,
      changeNumeric: `Employment change, numeric, ${period}`,
      changePercent: `Employment change, percent, ${period}`,
      selfEmployedPercent: `Percent self employed, ${base}`,
      openingsAnnual: `Occupational openings, ${period} annual average`,
      medianWage: `Median annual wage, dollars, ${base}`,
      typicalEducation: 'Typical education needed for entry',
      workExperience: 'Work experience in a related occupation',
      onTheJobTraining: 'Typical on-the-job training needed to attain competency in the occupation',
    },
    z.object({
      title: text(),
      socCode: socCode(),
      occupationType: z.enum(projectionTypes, { error: `one of ${projectionTypes.join(', ')}` }),
      employmentBase: blsDecimal(),
      employmentTarget: blsDecimal(),
      changeNumeric: blsDecimal(),
      changePercent: blsDecimal(),
      selfEmployedPercent: blsDecimal(),
      openingsAnnual: blsDecimal(),
      medianWage: medianWage(),
      typicalEducation: blsText(),
      workExperience: blsText(),
      onTheJobTraining: blsText(),
    }),
    problems,
    // The workbook ends with footnote lines that have text in the first cell only.
    { skip: (raw) => (!raw.socCode && !raw.occupationType ? 'footnote line' : null), key: ['socCode', 'occupationType'] },
  );
  return { baseYear: base, targetYear: target, parsed };
}
