import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const projectionTypes = ['Line item', 'Summary'] as const;

/** BLS Employment Projections, Table 1.2: national outlook and worker characteristics per SOC occupation. */
export const projections = sqliteTable('projections', {
  /** SOC 2018 code (`29-1141`); summary rows carry aggregate codes (`29-0000`). */
  socCode: text('soc_code').primaryKey(),
  title: text('title').notNull(),
  /** Line item (detailed occupation) or Summary (aggregate). */
  occupationType: text('occupation_type', { enum: projectionTypes }).notNull(),
  /** First and last year of the projection period (2024, 2034). */
  baseYear: integer('base_year').notNull(),
  targetYear: integer('target_year').notNull(),
  /** Employment in the base and target years, thousands of jobs. */
  employmentBase: real('employment_base'),
  employmentTarget: real('employment_target'),
  /** Change over the period, thousands of jobs and percent. */
  changeNumeric: real('change_numeric'),
  changePercent: real('change_percent'),
  selfEmployedPercent: real('self_employed_percent'),
  /** Average annual openings over the period, thousands. */
  openingsAnnual: real('openings_annual'),
  /** Median annual wage in the base year, dollars; null when BLS shows `—`. */
  medianWage: real('median_wage'),
  /** BLS marker kept when the wage is not a plain number (`—`, or a top-code such as `>=239,200`). */
  medianWageNote: text('median_wage_note'),
  /** Typical education needed for entry, e.g. `Bachelor's degree`. */
  typicalEducation: text('typical_education'),
  workExperience: text('work_experience'),
  onTheJobTraining: text('on_the_job_training'),
});
