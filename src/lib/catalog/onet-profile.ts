import { asc, desc, eq } from 'drizzle-orm';
import { detailedWorkActivities, interests, taskActivities, workStyles, workValues } from '../../../pipeline/db/schema/index.ts';
import { findInterestType, type InterestType } from '../interests.ts';
import { cached, groupBy, openCatalog } from './db.ts';

/** O*NET's interests, work styles, work values and detailed work activities, one query each for every occupation. */

export interface InterestProfile {
  /** O*NET's high-point types, strongest first (one to three). */
  highPoints: InterestType[];
  /** Occupational interest score 1–7 per type, in RIASEC order. */
  scores: { type: InterestType; score: number }[];
}

export const interestsByCode = cached((): Map<string, InterestProfile> => {
  const rows = openCatalog().select().from(interests).orderBy(interests.occupationCode, interests.elementId).all();
  const result = new Map<string, InterestProfile>();
  for (const [code, list] of groupBy(rows, (r) => r.occupationCode)) {
    const highPoints = list.filter((r) => r.scaleId === 'IH').flatMap((r) => findInterestType(r.value) ?? []);
    const scores = list.filter((r) => r.scaleId === 'OI').flatMap((r) => {
      const type = findInterestType(r.elementName);
      return type ? [{ type, score: r.value }] : [];
    });
    result.set(code, { highPoints, scores });
  }
  return result;
});

export interface WorkStyle {
  name: string;
  /** Importance 1–5. */
  importance: number;
}

export const workStylesByCode = cached((): Map<string, WorkStyle[]> => {
  const rows = openCatalog()
    .select({ code: workStyles.occupationCode, name: workStyles.elementName, importance: workStyles.importance })
    .from(workStyles)
    .orderBy(workStyles.occupationCode, desc(workStyles.importance), workStyles.elementName)
    .all();
  return new Map([...groupBy(rows, (r) => r.code)].map(([code, list]) => [code, list.map(({ name, importance }) => ({ name, importance }))]));
});

export interface WorkValue {
  name: string;
  /** Extent 1–7. */
  extent: number;
}

export const workValuesByCode = cached((): Map<string, WorkValue[]> => {
  const rows = openCatalog()
    .select({ code: workValues.occupationCode, name: workValues.elementName, extent: workValues.extent })
    .from(workValues)
    .orderBy(workValues.occupationCode, desc(workValues.extent), workValues.elementName)
    .all();
  return new Map([...groupBy(rows, (r) => r.code)].map(([code, list]) => [code, list.map(({ name, extent }) => ({ name, extent }))]));
});

/** Detailed work activities per occupation, those behind the most of its tasks first. */
export const activitiesByCode = cached((): Map<string, string[]> => {
  const rows = openCatalog()
    .select({ code: taskActivities.occupationCode, title: detailedWorkActivities.title })
    .from(taskActivities)
    .innerJoin(detailedWorkActivities, eq(detailedWorkActivities.dwaId, taskActivities.dwaId))
    .orderBy(asc(taskActivities.occupationCode), detailedWorkActivities.title)
    .all();
  const result = new Map<string, string[]>();
  for (const [code, list] of groupBy(rows, (r) => r.code)) {
    const counts = new Map<string, number>();
    for (const r of list) counts.set(r.title, (counts.get(r.title) ?? 0) + 1);
    result.set(code, [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([title]) => title));
  }
  return result;
});
