import { z } from 'zod';
import { SLUG_PATTERN } from '../db/schema/content.ts';
import { ONET_SOC_PATTERN } from '../db/schema/occupations.ts';

/**
 * The shape of a cached enrichment, `data/enrichment/<O*NET-SOC>.json` (an occupation) or
 * `data/enrichment/roles/<edition>/<slug>.json` (a role with its own overrides). Written by `npm run enrich`,
 * committed, and read by the build, which never calls the model: pages show these lists as
 * "Refined from O*NET tasks" and link each back to the O*NET statements listed in `sourceTaskIds`.
 */

/** Bumped whenever the prompt changes, so stale entries can be found and regenerated. */
export const PROMPT_VERSION = 1;

const statement = z.string({ error: 'a sentence' }).trim().min(8, { error: 'a sentence of at least 8 characters' }).max(240, { error: 'a sentence of at most 240 characters' });

export const toolKinds = ['technology', 'tool'] as const;

export const enrichedToolSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  /** The group it is shown under, e.g. "Spreadsheet software", "Power saws". */
  category: z.string().trim().min(1).max(120),
  /** technology (software) or tool (equipment): the O*NET list that was empty. */
  kind: z.enum(toolKinds, { error: 'technology or tool' }),
});

/** The part the model writes. */
export const enrichmentContentSchema = z.strictObject({
  /** Strategic, outcome-focused: what the job is accountable for. */
  responsibilities: z.array(statement).min(6, { error: 'at least 6 responsibilities' }).max(8, { error: 'at most 8 responsibilities' }),
  /** Tactical, action-focused: what a day consists of; none repeats a responsibility. */
  tasks: z.array(statement).min(10, { error: 'at least 10 tasks' }).max(12, { error: 'at most 12 tasks' }),
  /** Industry-standard tools for the kinds O*NET lists none of; empty when O*NET lists both. */
  tools: z.array(enrichedToolSchema).max(16, { error: 'at most 16 tools' }),
});

export const enrichmentSchema = enrichmentContentSchema.extend({
  code: z.string().regex(ONET_SOC_PATTERN, { error: 'an O*NET-SOC code like 29-1141.00' }),
  /** Set when the entry refines a role's own (overridden) lists rather than its occupation's. */
  role: z.string().regex(SLUG_PATTERN, { error: 'a role slug' }).optional(),
  model: z.string().min(1),
  /** When it was generated, ISO 8601. */
  generatedAt: z.iso.datetime({ error: 'an ISO 8601 date-time like 2025-06-01T12:00:00Z' }),
  promptVersion: z.number().int().positive(),
  /** O*NET Task IDs of the statements the model was given. */
  sourceTaskIds: z.array(z.number().int().positive()),
});

export type EnrichmentContent = z.infer<typeof enrichmentContentSchema>;

/** Cached refinements by owner id (O*NET-SOC code or role slug). */
export type RefinementsById = ReadonlyMap<string, EnrichmentContent>;
export type Enrichment = z.infer<typeof enrichmentSchema>;
export type EnrichedTool = z.infer<typeof enrichedToolSchema>;
