import { eq } from 'drizzle-orm';
import { occupations, projections } from '../../../pipeline/db/schema/index.ts';
import { entryAwardLevels } from '../award-levels.ts';
import { describeTimeToTrain, type TimeToTrain } from '../time-to-train.ts';
import { cached, openCatalog } from './db.ts';

export interface Preparation {
  timeToTrain: TimeToTrain | null;
  /** IPEDS award levels at the typical entry level: the programs a beginner should see first. */
  entryLevels: number[];
}

/** Time to train and entry award levels per O*NET-SOC code, from BLS typical education and the O*NET Job Zone. */
export const preparationByCode = cached((): Map<string, Preparation> => {
  const db = openCatalog();
  const education = new Map(
    db
      .select({ soc: projections.socCode, education: projections.typicalEducation })
      .from(projections)
      .where(eq(projections.occupationType, 'Line item'))
      .all()
      .map((p) => [p.soc, p.education]),
  );
  const rows = db.select({ code: occupations.code, soc: occupations.socCode, zone: occupations.jobZone }).from(occupations).all();
  return new Map(
    rows.map((o) => {
      const typical = education.get(o.soc);
      return [o.code, { timeToTrain: describeTimeToTrain(typical, o.zone), entryLevels: entryAwardLevels(typical, o.zone) }];
    }),
  );
});
