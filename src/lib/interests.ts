/**
 * The six O*NET interest types (RIASEC, Holland codes) in plain words. One list drives the occupation pages'
 * interest profile, the /interests/<type>/ pages and their paths. Browser-safe.
 */
export const interestTypes = [
  { id: 'realistic', name: 'Realistic', index: 1, words: 'hands-on, often outdoors: working with tools, machines, plants or animals' },
  { id: 'investigative', name: 'Investigative', index: 2, words: 'figuring things out: ideas, research, solving problems' },
  { id: 'artistic', name: 'Artistic', index: 3, words: 'creating: design, words, music, performance, self-expression' },
  { id: 'social', name: 'Social', index: 4, words: 'helping people: teaching, caring, serving, advising' },
  { id: 'enterprising', name: 'Enterprising', index: 5, words: 'leading and persuading: starting projects, selling, taking charge' },
  { id: 'conventional', name: 'Conventional', index: 6, words: 'organizing: records, data, clear procedures and routines' },
] as const;

export type InterestType = (typeof interestTypes)[number];
export type InterestTypeId = InterestType['id'];

/** O*NET's high-point index (1–6) or element name (`Realistic`) to the type; undefined for 0 (no high point). */
export function findInterestType(key: number | string): InterestType | undefined {
  return interestTypes.find((t) => t.index === key || t.name === key);
}
