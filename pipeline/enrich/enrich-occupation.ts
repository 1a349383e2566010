import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import type { CatalogOrm } from '../db/catalog-db.ts';
import { effectiveItems, roles } from '../db/schema/content.ts';
import { occupations, tasks, tools as toolsTable } from '../db/schema/occupations.ts';
import { askForJson, ModelAnswerError, type ModelClient } from '../lib/model-client.ts';
import { enrichmentContentSchema, PROMPT_VERSION, toolKinds, type Enrichment, type EnrichmentContent } from './enrichment-schema.ts';

/**
 * Refines an occupation's O*NET task statements (or a role's lists after its overrides) into
 * strategic responsibilities and day-to-day tasks, and proposes tools where O*NET lists none of a
 * kind. The answer is checked (counts, no task repeating a responsibility) before it is cached.
 */

export type Statement = { taskId: number | null; text: string };
export type Tool = { kind: (typeof toolKinds)[number]; name: string; category: string };
export type EnrichmentInput = { code: string; role?: string; title: string; description: string; statements: Statement[]; tools: Tool[] };

/** A --soc or --role the catalog does not have. */
export class UnknownTargetError extends Error {}

const sameText = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** An occupation's title, description, task statements (O*NET order) and tools; null for an unknown code. */
export function readOccupationInput(orm: CatalogOrm, code: string): EnrichmentInput | null {
  const occupation = orm.select({ title: occupations.title, description: occupations.description }).from(occupations).where(eq(occupations.code, code)).get();
  if (!occupation) return null;
  const statements = orm.select({ taskId: tasks.taskId, text: tasks.task }).from(tasks).where(eq(tasks.occupationCode, code)).orderBy(asc(tasks.taskId)).all();
  const tools = orm
    .select({ kind: toolsTable.kind, name: toolsTable.example, category: toolsTable.commodityTitle })
    .from(toolsTable)
    .where(eq(toolsTable.occupationCode, code))
    .orderBy(asc(toolsTable.kind), asc(toolsTable.id))
    .all();
  return { code, ...occupation, statements, tools };
}

/**
 * A role's lists as its page shows them (`effective_items`, overrides merged), when it has items of
 * its own; null when it has none, and then its occupation's entry serves it.
 */
export function readRoleInput(orm: CatalogOrm, slug: string): EnrichmentInput | null {
  const role = orm.select({ title: roles.title, code: roles.occupationCode }).from(roles).where(eq(roles.slug, slug)).get();
  if (!role) throw new UnknownTargetError(`No role "${slug}" in the catalog: build it with \`npm run pipeline\` after adding the role file`);
  const items = orm
    .select({ list: effectiveItems.list, text: effectiveItems.text, category: effectiveItems.category, source: effectiveItems.source })
    .from(effectiveItems)
    .where(and(eq(effectiveItems.ownerKind, 'role'), eq(effectiveItems.ownerId, slug)))
    .orderBy(asc(effectiveItems.list), asc(effectiveItems.position))
    .all();
  if (!items.some((i) => i.source === 'custom')) return null;
  const occupation = readOccupationInput(orm, role.code);
  if (!occupation) throw new UnknownTargetError(`Role "${slug}" names ${role.code}, which is not in the catalog`);
  const taskIds = new Map(occupation.statements.map((s) => [sameText(s.text), s.taskId]));
  const statements = items.filter((i) => i.list !== 'tool').map((i) => ({ taskId: taskIds.get(sameText(i.text)) ?? null, text: i.text }));
  const onetKinds = new Map(occupation.tools.map((t) => [sameText(t.name), t.kind]));
  const tools = items.filter((i) => i.list === 'tool').map((i) => ({ kind: onetKinds.get(sameText(i.text)) ?? 'tool', name: i.text, category: i.category ?? 'Other' }));
  return { code: role.code, role: slug, title: role.title, description: occupation.description, statements, tools };
}

/** The kinds of tool O*NET (or the role) lists none of: the ones the model fills. */
export const emptyToolKinds = (input: EnrichmentInput) => toolKinds.filter((kind) => !input.tools.some((t) => t.kind === kind));

const SYSTEM = `You edit occupation profiles for job seekers. From the task statements and tools given, write:
- responsibilities: 6 to 8 strategic core responsibilities, each an outcome the worker is accountable for (what gets achieved and why it matters), one sentence each;
- tasks: 10 to 12 tactical day-to-day tasks, each starting with an action verb, concrete and observable; no task may restate a responsibility;
- tools: only for the tool kinds listed as empty, 4 to 8 industry-standard tools or software a worker in this occupation uses, each with a short category; an empty list when no kind is empty.
Stay faithful to the statements: do not add duties they do not support. Plain American English, no marketing language.`;

function userPrompt(input: EnrichmentInput, empty: readonly string[]): string {
  const statements = input.statements.map((s) => `- ${s.taskId === null ? '(custom)' : `[${s.taskId}]`} ${s.text}`).join('\n');
  const tools = input.tools.map((t) => `- ${t.kind}: ${t.name} (${t.category})`).join('\n') || '- none';
  const kinds = empty.length ? empty.map((k) => (k === 'technology' ? 'technology (software)' : 'tool (equipment)')).join(', ') : 'none';
  return `Occupation: ${input.title} (${input.code})\n${input.description}\n\nTask statements:\n${statements}\n\nTools listed:\n${tools}\n\nEmpty tool kinds to fill: ${kinds}`;
}

const stringList = { type: 'array', items: { type: 'string' } };
const JSON_SCHEMA = {
  type: 'object',
  properties: {
    responsibilities: stringList,
    tasks: stringList,
    tools: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, category: { type: 'string' }, kind: { type: 'string', enum: [...toolKinds] } }, required: ['name', 'category', 'kind'], additionalProperties: false },
    },
  },
  required: ['responsibilities', 'tasks', 'tools'],
  additionalProperties: false,
};

/** Checks the answer beyond its shape: no task repeats a responsibility; tools only for the empty kinds. */
function checkContent(content: EnrichmentContent, empty: readonly string[]): EnrichmentContent {
  const responsibilities = new Set(content.responsibilities.map(sameText));
  const repeated = content.tasks.filter((t) => responsibilities.has(sameText(t)));
  if (repeated.length) throw new ModelAnswerError(`tasks repeat responsibilities: ${repeated.join('; ')}`);
  return { ...content, tools: content.tools.filter((t) => empty.includes(t.kind)) };
}

/** Asks the model for one entry; throws ModelAnswerError for an unusable answer, ModelAuthError for a refused key. */
export async function enrichOccupation(model: ModelClient, input: EnrichmentInput, now = new Date()): Promise<Enrichment> {
  if (!input.statements.length) throw new ModelAnswerError(`${input.code} has no task statements to refine`);
  const empty = emptyToolKinds(input);
  const content = checkContent(await askForJson(model, { name: 'occupation_enrichment', system: SYSTEM, user: userPrompt(input, empty), jsonSchema: JSON_SCHEMA, parse: enrichmentContentSchema }), empty);
  return {
    code: input.code,
    ...(input.role ? { role: input.role } : {}),
    model: model.settings.model,
    generatedAt: now.toISOString(),
    promptVersion: PROMPT_VERSION,
    sourceTaskIds: input.statements.flatMap((s) => (s.taskId === null ? [] : [s.taskId])),
    ...content,
  };
}

/** Where an entry is cached under the enrichment folder: an occupation's for every edition, a role's under its edition. */
export const cachePath = (dir: string, edition: string, id: { code: string; role?: string }) =>
  id.role ? join(dir, 'roles', edition, `${id.role}.json`) : join(dir, `${id.code}.json`);

export function writeEnrichment(dir: string, edition: string, entry: Enrichment): string {
  const path = cachePath(dir, edition, entry);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(entry, null, 2)}\n`);
  return path;
}
