import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import {
  educationCategories,
  educationRatings,
  occupations,
  occupationTitles,
  ratings,
  relatedOccupations,
} from '../../../pipeline/db/schema/index.ts';
import { cached, groupBy, openCatalog } from './db.ts';

/** Each loader reads one O*NET table for every occupation at once and groups it by O*NET-SOC code. */

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function dedupe(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = normalize(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface RatedElement {
  name: string;
  /** Importance on O*NET's 1–5 scale. */
  importance: number;
}

const topRatedCount = 10;

export const ratingsByCode = cached((): Map<string, { skills: RatedElement[]; knowledge: RatedElement[] }> => {
  const rows = openCatalog()
    .select({ code: ratings.occupationCode, domain: ratings.domain, name: ratings.elementName, importance: ratings.importance })
    .from(ratings)
    .where(isNotNull(ratings.importance))
    .orderBy(ratings.occupationCode, desc(ratings.importance), ratings.elementName)
    .all();
  const result = new Map<string, { skills: RatedElement[]; knowledge: RatedElement[] }>();
  for (const [code, list] of groupBy(rows, (r) => r.code)) {
    const top = (domain: string) =>
      list.filter((r) => r.domain === domain).slice(0, topRatedCount).map((r) => ({ name: r.name, importance: r.importance ?? 0 }));
    result.set(code, { skills: top('skill'), knowledge: top('knowledge') });
  }
  return result;
});

export interface EducationLevel {
  /** The category label up to its first explanation, e.g. `Post-Secondary Certificate`. */
  label: string;
  percent: number;
  /** O*NET recommends suppressing the estimate (low precision). */
  lowPrecision: boolean;
}

/** Required Level of Education (RL scale): percent of respondents per category. */
export const educationByCode = cached((): Map<string, EducationLevel[]> => {
  const db = openCatalog();
  const labels = new Map(
    db
      .select()
      .from(educationCategories)
      .where(eq(educationCategories.scaleId, 'RL'))
      .all()
      .map((c) => [`${c.elementId}:${c.category}`, c.description.split(' - ')[0].replace(/\s*\(.*\)$/, '')]),
  );
  const rows = db
    .select({ code: educationRatings.occupationCode, elementId: educationRatings.elementId, category: educationRatings.category, percent: educationRatings.percent, suppress: educationRatings.recommendSuppress })
    .from(educationRatings)
    .where(and(eq(educationRatings.scaleId, 'RL'), isNotNull(educationRatings.category)))
    .orderBy(educationRatings.occupationCode, educationRatings.category)
    .all();
  const result = new Map<string, EducationLevel[]>();
  for (const [code, list] of groupBy(rows, (r) => r.code)) {
    result.set(
      code,
      list
        .filter((r) => (r.percent ?? 0) >= 0.5)
        .map((r) => ({ label: labels.get(`${r.elementId}:${r.category}`) ?? `Category ${r.category}`, percent: r.percent ?? 0, lowPrecision: Boolean(r.suppress) })),
    );
  }
  return result;
});

export const alsoCalledCap = 30;

/** Reported titles (what workers call themselves) first, then alternates; the occupation's own title left out. */
export const titlesByCode = cached((): Map<string, string[]> => {
  const db = openCatalog();
  const own = new Map(db.select({ code: occupations.code, title: occupations.title }).from(occupations).all().map((o) => [o.code, normalize(o.title)]));
  const rows = db
    .select({ code: occupationTitles.occupationCode, title: occupationTitles.title })
    .from(occupationTitles)
    .orderBy(occupationTitles.occupationCode, desc(occupationTitles.kind), occupationTitles.id)
    .all();
  const result = new Map<string, string[]>();
  for (const [code, list] of groupBy(rows, (r) => r.code)) {
    result.set(code, dedupe(list.map((r) => r.title)).filter((t) => normalize(t) !== own.get(code)));
  }
  return result;
});

export const relatedByCode = cached((): Map<string, { code: string; title: string }[]> => {
  const rows = openCatalog()
    .select({ code: relatedOccupations.occupationCode, relatedCode: relatedOccupations.relatedCode, title: occupations.title })
    .from(relatedOccupations)
    .innerJoin(occupations, eq(occupations.code, relatedOccupations.relatedCode))
    .where(inArray(relatedOccupations.tier, ['Primary-Short', 'Primary-Long']))
    .orderBy(relatedOccupations.occupationCode, asc(relatedOccupations.rank))
    .all();
  const result = new Map<string, { code: string; title: string }[]>();
  for (const [code, list] of groupBy(rows, (r) => r.code)) result.set(code, list.map((r) => ({ code: r.relatedCode, title: r.title })));
  return result;
});
