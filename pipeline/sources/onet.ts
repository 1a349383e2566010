import { z } from 'zod';
import { decimal, integer, onetSocCode, optionalText, text, yesNo } from '../lib/fields.ts';
import type { Problems } from '../lib/problems.ts';
import { readTable } from '../lib/read-table.ts';
import { optional, parseTable, type ColumnSpec, type ParseOptions } from '../lib/row-schema.ts';
import { taskTypes } from '../db/schema/occupations.ts';

/**
 * O*NET database files, in both published forms: the text release (`.txt`, `n/a` for missing values,
 * no `Title` column) and TSV converted from the Excel release (`Title` column, blank for missing).
 */

const code = { code: 'O*NET-SOC Code', title: optional('Title') } satisfies ColumnSpec;
const withCode = <T extends z.ZodRawShape>(shape: T) => z.object({ code: onetSocCode(), title: optionalText(), ...shape });

/** `key`: the columns that identify a row; a repeated key is skipped (exact repeat) or refused (conflict). */
function read<S extends z.ZodType>(path: string, problems: Problems, key: string[], spec: ColumnSpec, schema: S, options?: ParseOptions) {
  return parseTable(readTable(path, problems), spec, schema, problems, { ...options, key });
}

export const readOccupationData = (path: string, problems: Problems) =>
  read(path, problems, ['code'], { code: 'O*NET-SOC Code', title: 'Title', description: 'Description' },
    z.object({ code: onetSocCode(), title: text(), description: text() }));

export const readTaskStatements = (path: string, problems: Problems) =>
  read(path, problems, ['taskId'], { ...code, taskId: 'Task ID', task: 'Task', taskType: 'Task Type', incumbents: 'Incumbents Responding', date: optional('Date'), domainSource: optional('Domain Source') },
    withCode({
      taskId: integer().pipe(z.number({ error: 'a Task ID' })),
      task: text(),
      taskType: optionalText().pipe(z.enum(taskTypes, { error: `one of ${taskTypes.join(', ')} or blank` }).nullable()),
      incumbents: decimal(),
      date: optionalText(),
      domainSource: optionalText(),
    }));

const commodity = {
  example: text(),
  commodityCode: integer().pipe(z.number({ error: 'a UNSPSC commodity code' })),
  commodityTitle: text(),
};

export const readTechnologySkills = (path: string, problems: Problems) =>
  read(path, problems, ['code', 'example', 'commodityCode'], { ...code, example: 'Example', commodityCode: 'Commodity Code', commodityTitle: 'Commodity Title', hot: 'Hot Technology', inDemand: optional('In Demand') },
    withCode({ ...commodity, hot: yesNo(), inDemand: yesNo() }));

export const readToolsUsed = (path: string, problems: Problems) =>
  read(path, problems, ['code', 'example', 'commodityCode'], { ...code, example: 'Example', commodityCode: 'Commodity Code', commodityTitle: 'Commodity Title' },
    withCode(commodity));

/** Skills and Knowledge share one layout: a row per element and scale (IM importance, LV level). */
export const readRatings = (path: string, problems: Problems) =>
  read(path, problems, ['code', 'elementId', 'scaleId'], { ...code, elementId: 'Element ID', elementName: 'Element Name', scaleId: 'Scale ID', value: 'Data Value', suppress: optional('Recommend Suppress'), notRelevant: optional('Not Relevant') },
    withCode({
      elementId: text(),
      elementName: text(),
      scaleId: z.enum(['IM', 'LV'], { error: '"IM" or "LV"' }),
      value: decimal().pipe(z.number({ error: 'a number' })),
      suppress: yesNo(),
      notRelevant: yesNo(),
    }));

export const readEducationTrainingExperience = (path: string, problems: Problems) =>
  read(path, problems, ['code', 'elementId', 'scaleId', 'category'], { ...code, elementId: 'Element ID', elementName: 'Element Name', scaleId: 'Scale ID', category: 'Category', value: 'Data Value', suppress: optional('Recommend Suppress') },
    withCode({
      elementId: text(),
      elementName: text(),
      scaleId: text(),
      category: integer(),
      value: decimal(),
      suppress: yesNo(),
    }));

export const readEducationCategories = (path: string, problems: Problems) =>
  read(path, problems, ['elementId', 'scaleId', 'category'], { elementId: 'Element ID', scaleId: 'Scale ID', category: 'Category', description: 'Category Description' },
    z.object({ elementId: text(), scaleId: text(), category: integer().pipe(z.number({ error: 'a category number' })), description: text() }));

export const readJobZones = (path: string, problems: Problems) =>
  read(path, problems, ['code'], { ...code, jobZone: 'Job Zone' },
    withCode({ jobZone: integer().pipe(z.number({ error: 'a Job Zone 1–5' }).min(1, { error: 'a Job Zone 1–5' }).max(5, { error: 'a Job Zone 1–5' })) }));

export const readJobZoneReference = (path: string, problems: Problems) =>
  read(path, problems, ['jobZone'], { jobZone: 'Job Zone', name: 'Name', experience: 'Experience', education: 'Education', jobTraining: 'Job Training', examples: 'Examples', svpRange: 'SVP Range' },
    z.object({ jobZone: integer().pipe(z.number({ error: 'a Job Zone 1–5' })), name: text(), experience: text(), education: text(), jobTraining: text(), examples: text(), svpRange: text() }));

export const readAlternateTitles = (path: string, problems: Problems) =>
  read(path, problems, ['code', 'alternateTitle', 'shortTitle'], { ...code, alternateTitle: 'Alternate Title', shortTitle: optional('Short Title') },
    withCode({ alternateTitle: text(), shortTitle: optionalText() }));

export const readReportedTitles = (path: string, problems: Problems) =>
  read(path, problems, ['code', 'reportedTitle'], { ...code, reportedTitle: 'Reported Job Title', shown: optional('Shown in My Next Move') },
    withCode({ reportedTitle: text(), shown: yesNo() }));

export const readRelatedOccupations = (path: string, problems: Problems) =>
  read(path, problems, ['code', 'relatedCode'], { ...code, relatedCode: 'Related O*NET-SOC Code', tier: 'Relatedness Tier', rank: 'Index' },
    withCode({ relatedCode: onetSocCode(), tier: text(), rank: integer().pipe(z.number({ error: 'a rank' })) }));

export const readInterests = (path: string, problems: Problems) =>
  read(path, problems, ['code', 'elementId', 'scaleId'], { ...code, elementId: 'Element ID', elementName: 'Element Name', scaleId: 'Scale ID', value: 'Data Value' },
    withCode({ elementId: text(), elementName: text(), scaleId: text(), value: decimal().pipe(z.number({ error: 'a number' })) }));

export const readWorkStyles = (path: string, problems: Problems) =>
  read(path, problems, ['code', 'elementId', 'scaleId'], { ...code, elementId: 'Element ID', elementName: 'Element Name', scaleId: 'Scale ID', value: 'Data Value', suppress: optional('Recommend Suppress') },
    withCode({
      elementId: text(),
      elementName: text(),
      scaleId: z.literal('IM', { error: '"IM" (importance)' }),
      value: decimal().pipe(z.number({ error: 'a number' })),
      suppress: yesNo(),
    }));

/** EX rows carry the extent; VH rows only name the top three values by index, which the extents already give. */
export const readWorkValues = (path: string, problems: Problems) =>
  read(path, problems, ['code', 'elementId', 'scaleId'], { ...code, elementId: 'Element ID', elementName: 'Element Name', scaleId: 'Scale ID', value: 'Data Value' },
    withCode({
      elementId: text(),
      elementName: text(),
      scaleId: z.literal('EX', { error: '"EX" (extent) or "VH" (high point)' }),
      value: decimal().pipe(z.number({ error: 'a number' })),
    }),
    { skip: (raw) => (raw.scaleId === 'VH' ? 'high-point index (derived from the extents)' : null) });

export const readDwaReference = (path: string, problems: Problems) =>
  read(path, problems, ['dwaId'], { elementId: 'Element ID', elementName: 'Element Name', iwaId: 'IWA ID', iwaTitle: 'IWA Title', dwaId: 'DWA ID', title: 'DWA Title' },
    z.object({ elementId: text(), elementName: text(), iwaId: text(), iwaTitle: text(), dwaId: text(), title: text() }));

export const readTasksToDwas = (path: string, problems: Problems) =>
  read(path, problems, ['code', 'taskId', 'dwaId'], { ...code, taskId: 'Task ID', dwaId: 'DWA ID' },
    withCode({ taskId: integer().pipe(z.number({ error: 'a Task ID' })), dwaId: text() }));
