/**
 * One domain's names for jobs, in O*NET's words. `workers` name the worker by themselves ("Scrub
 * Tech"); `teams` name a department or a line of work, and name the worker only before a generic
 * worker word ("Attractions Host", "Receiving Associate"); `fields` name a field of work, the job
 * noun after them still naming the job ("Revenue Cycle Specialist").
 */
export type JargonTable = {
  workers: Readonly<Record<string, string>>;
  teams: Readonly<Record<string, string>>;
  fields: Readonly<Record<string, string>>;
};
