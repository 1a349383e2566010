import { z } from 'zod';
import { blsNumber, socCode, text, type BlsNumber } from '../lib/fields.ts';
import type { Problems } from '../lib/problems.ts';
import { readTable } from '../lib/read-table.ts';
import { optional, parseTable } from '../lib/row-schema.ts';
import { wageMeasures, type areaTypes } from '../db/schema/wages.ts';

/**
 * BLS OEWS estimates: the complete `national_M20xx_dl` / `state_M20xx_dl` / `MSA_M20xx_dl` files
 * (.xlsx as published, or converted to .csv), and the partial derived median files.
 */

const measureColumns = {
  totEmp: 'TOT_EMP', empPrse: 'EMP_PRSE', hMean: 'H_MEAN', aMean: 'A_MEAN', meanPrse: 'MEAN_PRSE',
  hPct10: 'H_PCT10', hPct25: 'H_PCT25', hMedian: 'H_MEDIAN', hPct75: 'H_PCT75', hPct90: 'H_PCT90',
  aPct10: 'A_PCT10', aPct25: 'A_PCT25', aMedian: 'A_MEDIAN', aPct75: 'A_PCT75', aPct90: 'A_PCT90',
} as const satisfies Record<(typeof wageMeasures)[number], string>;

/**
 * Swapped or shifted columns still parse as numbers, so the figures are checked against what wages are:
 * an hourly wage under $1,000 (the highest May 2025 median is $418), an annual one over $1,000, and an annual figure close
 * to 2,080 hours × the hourly one where BLS publishes both.
 */
const maxHourly = 1_000;
const minAnnual = 1_000;
const hoursPerYear = 2_080;
const ratioTolerance = 0.05;

type WagePair = readonly [hourly: string, annual: string];
const wagePairs: WagePair[] = [['hMean', 'aMean'], ['hPct10', 'aPct10'], ['hPct25', 'aPct25'], ['hMedian', 'aMedian'], ['hPct75', 'aPct75'], ['hPct90', 'aPct90']];

function checkWagePairs(pairs: readonly WagePair[]) {
  return (row: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const valueOf = (key: string) => (row[key] as BlsNumber).value;
    const flag = (key: string, input: number, message: string) => ctx.addIssue({ code: 'custom', path: [key], input, message: `${message}: are the hourly and annual columns swapped or shifted?` });
    for (const [hourlyKey, annualKey] of pairs) {
      const hourly = valueOf(hourlyKey);
      const annual = valueOf(annualKey);
      if (hourly !== null && hourly >= maxHourly) flag(hourlyKey, hourly, `an hourly wage under $${maxHourly.toLocaleString("en-US")}`);
      else if (annual !== null && annual <= minAnnual) flag(annualKey, annual, `an annual wage over $${minAnnual.toLocaleString('en-US')}`);
      else if (hourly !== null && annual !== null && Math.abs(annual / (hourly * hoursPerYear) - 1) > ratioTolerance) {
        flag(annualKey, annual, `about ${hoursPerYear.toLocaleString('en-US')} × the hourly figure ${hourly} (${Math.round(hourly * hoursPerYear).toLocaleString('en-US')})`);
      }
    }
  };
}

/** `TRUE` when BLS publishes only annual (or only hourly) wages for the occupation. */
const trueFlag = () => z.string().optional().transform((v) => v?.toUpperCase() === 'TRUE');

const oewsRow = z.object({
  area: text(),
  areaTitle: text(),
  primState: text(),
  occCode: socCode(),
  occTitle: text(),
  occGroup: z.string().optional().transform((v) => v || null),
  annualOnly: trueFlag(),
  hourlyOnly: trueFlag(),
  ...Object.fromEntries(wageMeasures.map((m) => [m, blsNumber()])) as Record<(typeof wageMeasures)[number], ReturnType<typeof blsNumber>>,
}).superRefine(checkWagePairs(wagePairs));

export type OewsRow = z.output<typeof oewsRow>;

/** Reads a complete OEWS file: national, state or metropolitan, cross-industry rows. */
export function readOewsFile(path: string, problems: Problems) {
  const table = readTable(path, problems, { headerHas: 'OCC_CODE' });
  return parseTable(
    table,
    {
      area: 'AREA', areaTitle: 'AREA_TITLE', primState: 'PRIM_STATE', occCode: 'OCC_CODE', occTitle: 'OCC_TITLE',
      occGroup: optional('O_GROUP', 'OCC_GROUP'), annualOnly: optional('ANNUAL'), hourlyOnly: optional('HOURLY'),
      naics: optional('NAICS'),
      ...measureColumns,
    },
    oewsRow,
    problems,
    // Industry-specific rows (NAICS other than cross-industry 000000) belong to other OEWS tables.
    { skip: (raw) => (raw.naics && raw.naics !== '000000' ? 'industry-specific estimate' : null), key: ['area', 'occCode', 'occGroup'] },
  );
}

/** The area code the catalog uses: `US`, state postal code, or 5-digit CBSA (OEWS writes metro areas as `00` + CBSA). */
export function toAreaCode(type: (typeof areaTypes)[number], row: { area: string; primState: string }): string {
  if (type === 'national') return 'US';
  if (type === 'state') return row.primState;
  return row.area.replace(/^00(?=\d{5}$)/, '');
}

const medianPair: WagePair = ['hMedian', 'aMedian'];

const medianRow = {
  socCode: socCode(),
  careerSlug: text(),
  hMedian: blsNumber(),
  aMedian: blsNumber(),
};

/** Derived May 2025 state medians (`state,state_name,career_slug,soc_code,hourly_median,annual_median`). */
export const readStateMedians = (path: string, problems: Problems) =>
  parseTable(
    readTable(path, problems),
    { state: 'state', areaName: 'state_name', careerSlug: 'career_slug', socCode: 'soc_code', hMedian: 'hourly_median', aMedian: 'annual_median' },
    z.object({ state: z.string().regex(/^[A-Z]{2}$/, { error: 'a state postal code like FL' }), areaName: text(), ...medianRow }).superRefine(checkWagePairs([medianPair])),
    problems,
  );

/** Derived May 2025 metropolitan medians (`state,area_code,area_name,career_slug,soc_code,hourly_median,annual_median`). */
export const readMetroMedians = (path: string, problems: Problems) =>
  parseTable(
    readTable(path, problems),
    { state: 'state', area: 'area_code', areaName: 'area_name', careerSlug: 'career_slug', socCode: 'soc_code', hMedian: 'hourly_median', aMedian: 'annual_median' },
    z.object({ state: text(), area: z.string().regex(/^\d{5,7}$/, { error: 'an OEWS area code like 0045300' }), areaName: text(), ...medianRow }).superRefine(checkWagePairs([medianPair])),
    problems,
  );
