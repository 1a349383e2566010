import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// The BLS markers live with the constants the browser may import (the schema pulls in drizzle).
export { blsSpecialValues, blsTopCode, suppressedMarker, type BlsSpecialValue } from '../../constants.ts';

export const areaTypes = ['national', 'state', 'msa'] as const;

/** The estimate columns of an OEWS row, shared by the table and the parser. */
export const wageMeasures = [
  'totEmp', 'empPrse', 'hMean', 'aMean', 'meanPrse',
  'hPct10', 'hPct25', 'hMedian', 'hPct75', 'hPct90',
  'aPct10', 'aPct25', 'aMedian', 'aPct75', 'aPct90',
] as const;
export type WageMeasure = (typeof wageMeasures)[number];

/** OEWS estimates, one row per area × occupation × year (national, state and metropolitan files). */
export const wages = sqliteTable(
  'wages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** SOC 2018 code as OEWS publishes it (`29-1141`, or a broad/minor/major aggregate). */
    socCode: text('soc_code').notNull(),
    occTitle: text('occ_title').notNull(),
    /** OEWS O_GROUP: detailed, broad, minor, major or total; null in the derived median files. */
    occGroup: text('occ_group'),
    areaType: text('area_type', { enum: areaTypes }).notNull(),
    /** `US` national, state postal code (`FL`), or 5-digit CBSA code for a metro area (`45300`). */
    areaCode: text('area_code').notNull(),
    areaName: text('area_name').notNull(),
    /** Reference year of the estimates (May of that year). */
    year: integer('year').notNull(),
    /** Employment, rounded to the nearest 10. */
    totEmp: real('tot_emp'),
    /** Percent relative standard error of the employment estimate. */
    empPrse: real('emp_prse'),
    hMean: real('h_mean'),
    aMean: real('a_mean'),
    meanPrse: real('mean_prse'),
    hPct10: real('h_pct10'),
    hPct25: real('h_pct25'),
    hMedian: real('h_median'),
    hPct75: real('h_pct75'),
    hPct90: real('h_pct90'),
    aPct10: real('a_pct10'),
    aPct25: real('a_pct25'),
    aMedian: real('a_median'),
    aPct75: real('a_pct75'),
    aPct90: real('a_pct90'),
    /** BLS publishes only annual wages (e.g. teachers): hourly columns are `*`. */
    annualOnly: integer('annual_only', { mode: 'boolean' }).notNull(),
    /** BLS publishes only hourly wages (e.g. actors). */
    hourlyOnly: integer('hourly_only', { mode: 'boolean' }).notNull(),
    /** JSON object: measure (camelCase) → BLS marker (`*`, `**`, `#`, `~`) or `suppressed`, for each null estimate with a reason. */
    specialValues: text('special_values', { mode: 'json' }).$type<Partial<Record<WageMeasure, string>>>().notNull(),
    /** Release file the row came from. */
    sourceFile: text('source_file').notNull(),
  },
  (t) => [index('wages_soc_area').on(t.socCode, t.areaType, t.areaCode)],
);

/**
 * What each OEWS file loaded into `wages` covers, so pages can tell "BLS published no estimate" from
 * "this edition's files do not include it". Release and path are in `source_files` under the same id.
 */
export const wageFiles = sqliteTable('wage_files', {
  /** Manifest id, e.g. `oews:state` (complete) or `oews:state-medians` (derived extract). */
  sourceId: text('source_id').primaryKey(),
  areaType: text('area_type', { enum: areaTypes }).notNull(),
  /** A complete BLS file: a missing area × occupation row means BLS published no estimate for it. */
  complete: integer('complete', { mode: 'boolean' }).notNull(),
  /** Reference year of the estimates (May of that year). */
  year: integer('year').notNull(),
  /** Distinct SOC codes and areas with a row in the file. */
  occupations: integer('occupations').notNull(),
  areas: integer('areas').notNull(),
  /** The file publishes percentiles (the derived extracts hold medians only). */
  hasPercentiles: integer('has_percentiles', { mode: 'boolean' }).notNull(),
  /** JSON array: the markers (`*`, `#`, `suppressed`, …) that occur in the file, so legends state only facts. */
  markers: text('markers', { mode: 'json' }).$type<string[]>().notNull(),
});
