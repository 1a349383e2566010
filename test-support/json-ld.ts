/**
 * The fields each schema.org type must have for the site's structured data to be useful (Google's required
 * properties for estimated salary, job postings and education programs), as a list of problems.
 */

type Node = Record<string, unknown>;

const isText = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const obj = (v: unknown): Node => (v && typeof v === 'object' ? (v as Node) : {});

function need(problems: string[], where: string, node: Node, fields: string[], test: (v: unknown) => boolean = (v) => v !== undefined && v !== null && v !== '') {
  for (const f of fields) if (!test(node[f])) problems.push(`${where}: ${f} missing or invalid (${JSON.stringify(node[f])?.slice(0, 60)})`);
}

function occupation(n: Node, problems: string[]): void {
  need(problems, 'Occupation', n, ['name'], isText);
  const locations = n.occupationLocation;
  if (!Array.isArray(locations) || locations.length === 0) problems.push('Occupation: occupationLocation missing');
  for (const l of Array.isArray(locations) ? locations : []) {
    if (!['AdministrativeArea', 'City', 'State', 'Country'].includes(String(obj(l)['@type'])) || !isText(obj(l).name)) problems.push(`Occupation: bad occupationLocation ${JSON.stringify(l)}`);
  }
  for (const s of Array.isArray(n.estimatedSalary) ? n.estimatedSalary : n.estimatedSalary ? [n.estimatedSalary] : []) {
    const d = obj(s);
    if (d['@type'] !== 'MonetaryAmountDistribution') problems.push('estimatedSalary: not a MonetaryAmountDistribution');
    need(problems, 'estimatedSalary', d, ['name', 'currency'], isText);
    if (!['P1Y', 'PT1H'].includes(String(d.duration))) problems.push(`estimatedSalary: duration ${String(d.duration)}`);
    need(problems, 'estimatedSalary', d, ['median'], isNumber);
    const levels = ['percentile10', 'percentile25', 'median', 'percentile75', 'percentile90'].map((k) => d[k]).filter(isNumber) as number[];
    if (levels.some((v, i) => i > 0 && v < levels[i - 1])) problems.push(`estimatedSalary: percentiles out of order ${levels.join(', ')}`);
  }
}

function jobPosting(n: Node, problems: string[]): void {
  need(problems, 'JobPosting', n, ['title', 'description', 'employmentType'], isText);
  if (!/^\d{4}-\d{2}-\d{2}/.test(String(n.datePosted))) problems.push(`JobPosting: datePosted ${String(n.datePosted)}`);
  if (n.validThrough !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(String(n.validThrough))) problems.push('JobPosting: validThrough not a date');
  need(problems, 'JobPosting.hiringOrganization', obj(n.hiringOrganization), ['name'], isText);
  const address = obj(obj(n.jobLocation).address);
  if (n.jobLocationType !== 'TELECOMMUTE') need(problems, 'JobPosting.jobLocation.address', address, ['addressLocality', 'addressRegion', 'addressCountry'], isText);
}

function program(n: Node, problems: string[]): void {
  need(problems, 'EducationalOccupationalProgram', n, ['name', 'description', 'url', 'educationalCredentialAwarded'], isText);
  const provider = obj(n.provider);
  need(problems, 'EducationalOccupationalProgram.provider', provider, ['name'], isText);
  need(problems, 'EducationalOccupationalProgram.provider.address', obj(provider.address), ['addressLocality', 'addressRegion'], isText);
}

const checks: Record<string, (n: Node, problems: string[]) => void> = { Occupation: occupation, JobPosting: jobPosting, EducationalOccupationalProgram: program };

/** Problems with one parsed JSON-LD block (`@graph` or a single node); every node must be a checked type. */
export function jsonLdProblems(block: unknown): string[] {
  const root = obj(block);
  const problems: string[] = [];
  if (root['@context'] !== 'https://schema.org') problems.push(`@context ${String(root['@context'])}`);
  const nodes = Array.isArray(root['@graph']) ? (root['@graph'] as Node[]) : [root];
  for (const node of nodes) {
    const check = checks[String(node['@type'])];
    if (check) check(node, problems);
    else problems.push(`unexpected @type ${String(node['@type'])}`);
  }
  return problems;
}

/** Every `<script type="application/ld+json">` body in an HTML page. */
export const jsonLdBlocks = (html: string): string[] =>
  [...html.matchAll(/<script\b[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
