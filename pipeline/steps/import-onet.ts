import { insertRows } from '../db/catalog-db.ts';
import {
  detailedWorkActivities, educationCategories, educationRatings, interests, jobZones, occupations, occupationTitles, ratings,
  occupationRowOf, relatedOccupations, taskActivities, tasks, tools, workStyles, workValues,
} from '../db/schema/index.ts';
import * as onet from '../sources/onet.ts';
import type { OnetFileName } from '../sources/manifest.ts';
import type { ParsedTable } from '../lib/row-schema.ts';
import { importSource, keepKnown, type StepContext, type StepResult } from './context.ts';

type RatingRow = ReturnType<typeof onet.readRatings>['rows'][number]['value'];

/** Skills/Knowledge come as one row per scale; the catalog keeps importance and level side by side. */
function pivotRatings(rows: RatingRow[], domain: 'skill' | 'knowledge'): (typeof ratings.$inferInsert)[] {
  const byElement = new Map<string, typeof ratings.$inferInsert>();
  for (const row of rows) {
    const key = `${row.code}|${row.elementId}`;
    const entry = byElement.get(key) ?? { occupationCode: row.code, domain, elementId: row.elementId, elementName: row.elementName };
    if (row.scaleId === 'IM') entry.importance = row.value;
    else Object.assign(entry, { level: row.value, levelSuppressed: row.suppress, levelNotRelevant: row.notRelevant });
    byElement.set(key, entry);
  }
  return [...byElement.values()];
}

/** Imports the O*NET files: occupations first, then every file that refers to them. */
export function importOnet(ctx: StepContext): StepResult {
  const id = (name: OnetFileName) => `onet:${name}`;
  const result: StepResult = {};

  const known = new Set<string>();
  const occupationRows: (typeof occupations.$inferInsert)[] = [];
  importSource(ctx, id('Occupation Data'), (p) => onet.readOccupationData(p, ctx.problems), (parsed) => {
    for (const { value: o } of parsed.rows) {
      known.add(o.code);
      occupationRows.push(occupationRowOf(o));
    }
    return parsed.rows.length;
  });

  const expected = 'an O*NET-SOC code listed in Occupation Data';
  const codeKey = { field: 'O*NET-SOC Code', of: (v: { code: string }) => v.code };
  const listed = <V extends { code: string }>(parsed: ParsedTable<V>) => keepKnown(ctx, parsed, known, [codeKey], expected);

  importSource(ctx, id('Job Zones'), (p) => onet.readJobZones(p, ctx.problems), (parsed) => {
    const zones = new Map(listed(parsed).map((z) => [z.code, z.jobZone]));
    for (const o of occupationRows) o.jobZone = zones.get(o.code) ?? null;
    return zones.size;
  });
  result.occupations = insertRows(ctx.db, occupations, occupationRows);

  result.job_zones = importSource(ctx, id('Job Zone Reference'), (p) => onet.readJobZoneReference(p, ctx.problems),
    (parsed) => insertRows(ctx.db, jobZones, parsed.rows.map((r) => r.value)));

  result.tasks = importSource(ctx, id('Task Statements'), (p) => onet.readTaskStatements(p, ctx.problems), (parsed) =>
    insertRows(ctx.db, tasks, listed(parsed).map((t) => ({
      taskId: t.taskId, occupationCode: t.code, task: t.task, taskType: t.taskType, incumbentsResponding: t.incumbents, date: t.date, domainSource: t.domainSource,
    }))));

  result.tools = importSource(ctx, id('Technology Skills'), (p) => onet.readTechnologySkills(p, ctx.problems), (parsed) =>
    insertRows(ctx.db, tools, listed(parsed).map((t) => ({
      occupationCode: t.code, kind: 'technology' as const, example: t.example, commodityCode: t.commodityCode, commodityTitle: t.commodityTitle, hotTechnology: t.hot, inDemand: t.inDemand,
    }))));
  result.tools += importSource(ctx, id('Tools Used'), (p) => onet.readToolsUsed(p, ctx.problems), (parsed) =>
    insertRows(ctx.db, tools, listed(parsed).map((t) => ({
      occupationCode: t.code, kind: 'tool' as const, example: t.example, commodityCode: t.commodityCode, commodityTitle: t.commodityTitle,
    }))));

  result.ratings = 0;
  for (const [name, domain] of [['Skills', 'skill'], ['Knowledge', 'knowledge']] as const) {
    result.ratings += importSource(ctx, id(name), (p) => onet.readRatings(p, ctx.problems),
      (parsed) => insertRows(ctx.db, ratings, pivotRatings(listed(parsed), domain)));
  }

  result.education_ratings = importSource(ctx, id('Education, Training, and Experience'), (p) => onet.readEducationTrainingExperience(p, ctx.problems), (parsed) =>
    insertRows(ctx.db, educationRatings, listed(parsed).map((e) => ({
      occupationCode: e.code, elementId: e.elementId, elementName: e.elementName, scaleId: e.scaleId, category: e.category, percent: e.value, recommendSuppress: e.suppress,
    }))));
  result.education_categories = importSource(ctx, id('Education, Training, and Experience Categories'), (p) => onet.readEducationCategories(p, ctx.problems),
    (parsed) => insertRows(ctx.db, educationCategories, parsed.rows.map((r) => r.value)));

  result.occupation_titles = importSource(ctx, id('Alternate Titles'), (p) => onet.readAlternateTitles(p, ctx.problems), (parsed) =>
    insertRows(ctx.db, occupationTitles, listed(parsed).map((t) => ({ occupationCode: t.code, kind: 'alternate' as const, title: t.alternateTitle, shortTitle: t.shortTitle }))));
  result.occupation_titles += importSource(ctx, id('Sample of Reported Titles'), (p) => onet.readReportedTitles(p, ctx.problems), (parsed) =>
    insertRows(ctx.db, occupationTitles, listed(parsed).map((t) => ({ occupationCode: t.code, kind: 'reported' as const, title: t.reportedTitle, shownInMyNextMove: t.shown }))));

  result.related_occupations = importSource(ctx, id('Related Occupations'), (p) => onet.readRelatedOccupations(p, ctx.problems), (parsed) =>
    insertRows(ctx.db, relatedOccupations, keepKnown(ctx, parsed, known, [codeKey, { field: 'Related O*NET-SOC Code', of: (v) => v.relatedCode }], expected)
      .map((r) => ({ occupationCode: r.code, relatedCode: r.relatedCode, tier: r.tier, rank: r.rank }))));

  result.interests = importSource(ctx, id('Interests'), (p) => onet.readInterests(p, ctx.problems), (parsed) =>
    insertRows(ctx.db, interests, listed(parsed).map((i) => ({ occupationCode: i.code, elementId: i.elementId, elementName: i.elementName, scaleId: i.scaleId, value: i.value }))));

  result.work_styles = importSource(ctx, id('Work Styles'), (p) => onet.readWorkStyles(p, ctx.problems), (parsed) =>
    insertRows(ctx.db, workStyles, listed(parsed).map((w) => ({
      occupationCode: w.code, elementId: w.elementId, elementName: w.elementName, importance: w.value, recommendSuppress: w.suppress,
    }))));
  result.work_values = importSource(ctx, id('Work Values'), (p) => onet.readWorkValues(p, ctx.problems), (parsed) =>
    insertRows(ctx.db, workValues, listed(parsed).map((w) => ({ occupationCode: w.code, elementId: w.elementId, elementName: w.elementName, extent: w.value }))));

  const dwas = new Set<string>();
  result.detailed_work_activities = importSource(ctx, id('DWA Reference'), (p) => onet.readDwaReference(p, ctx.problems), (parsed) => {
    for (const { value } of parsed.rows) dwas.add(value.dwaId);
    return insertRows(ctx.db, detailedWorkActivities, parsed.rows.map((r) => r.value));
  });
  result.task_activities = importSource(ctx, id('Tasks to DWAs'), (p) => onet.readTasksToDwas(p, ctx.problems), (parsed) => {
    const dwaKey = { field: 'DWA ID', of: (v: { dwaId: string }) => v.dwaId, known: dwas, expected: 'a DWA ID listed in DWA Reference' };
    return insertRows(ctx.db, taskActivities, keepKnown(ctx, parsed, known, [codeKey, dwaKey], expected)
      .map((t) => ({ occupationCode: t.code, taskId: t.taskId, dwaId: t.dwaId })));
  });

  return result;
}
