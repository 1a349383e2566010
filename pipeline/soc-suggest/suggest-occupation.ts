import { z } from 'zod';
import { ONET_SOC_PATTERN } from '../db/schema/occupations.ts';
import { askForJson, ModelAnswerError, type ModelClient } from '../lib/model-client.ts';
import { rankOccupations, type RankedOccupation, type SocIndex } from '../lib/soc-index.ts';

/**
 * A role's suggested occupation: the local ranker's candidates, then, when a model is configured,
 * the model's pick among them. The model can only choose, never invent: an answer that is not one
 * of the candidates (or not an O*NET-SOC code at all) leaves the local top choice in place.
 */

export type RoleContext = { title: string; company?: string; description?: string };

export type Confidence = 'high' | 'medium' | 'low';

export type Suggestion = {
  code: string;
  title: string;
  /** Who chose: the local ranker, or the model among the ranker's candidates. */
  chosenBy: 'ranker' | 'model';
  confidence: Confidence;
  /** Best first; the chosen one among them. */
  candidates: RankedOccupation[];
  /** Why the model's answer was not used, when it was asked and its answer was not. */
  note?: string;
};

/** How many candidates the model chooses among. */
export const MODEL_CANDIDATES = 8;

/** The top score's lead over the runner-up, as a share of the top score. */
function rankerConfidence(candidates: readonly RankedOccupation[]): Confidence {
  const [first, second] = candidates;
  if (!first) return 'low';
  const lead = second ? (first.score - second.score) / first.score : 1;
  return lead >= 0.15 ? 'high' : lead >= 0.05 ? 'medium' : 'low';
}

const answerSchema = z.strictObject({
  code: z.string().regex(ONET_SOC_PATTERN, { error: 'an O*NET-SOC code like 29-1141.00' }),
  reason: z.string(),
});

function modelRequest(role: RoleContext, candidates: readonly RankedOccupation[]) {
  const lines = candidates.map((c) => `- ${c.code} ${c.title}`).join('\n');
  return {
    name: 'soc_choice',
    system:
      'You classify job postings into O*NET-SOC occupations. Choose exactly one code from the candidate list, ' +
      'the occupation whose work best matches the role as described. Answer with the code as listed and one short sentence of reason.',
    user: [`Job title: ${role.title}`, role.company ? `Company: ${role.company}` : '', role.description ? `Description:\n${role.description.trim().slice(0, 4000)}` : '', `Candidates:\n${lines}`]
      .filter(Boolean)
      .join('\n\n'),
    jsonSchema: {
      type: 'object',
      properties: {
        code: { type: 'string', enum: candidates.map((c) => c.code), description: 'One of the candidate O*NET-SOC codes.' },
        reason: { type: 'string' },
      },
      required: ['code', 'reason'],
      additionalProperties: false,
    },
    parse: answerSchema,
  };
}

/**
 * The suggestion for one role. With a model, it picks among the top candidates; a model that cannot
 * answer usably leaves the ranker's choice with a note. A refused key (ModelAuthError) is thrown:
 * the caller stops rather than asking again with the same key.
 */
export async function suggestOccupation(index: SocIndex, role: RoleContext, model?: ModelClient): Promise<Suggestion> {
  const candidates = rankOccupations(index, { title: role.title, description: role.description }, MODEL_CANDIDATES);
  const local = candidates[0];
  if (!local) throw new Error(`No occupation matches "${role.title}"`);
  const fromRanker: Suggestion = { code: local.code, title: local.title, chosenBy: 'ranker', confidence: rankerConfidence(candidates), candidates };
  if (!model) return fromRanker;
  try {
    const answer = await askForJson(model, modelRequest(role, candidates));
    const chosen = candidates.find((c) => c.code === answer.code);
    if (!chosen) return { ...fromRanker, note: `the model answered ${answer.code}, which is not one of the candidates; kept the ranker's choice` };
    return { code: chosen.code, title: chosen.title, chosenBy: 'model', confidence: chosen.code === local.code ? 'high' : 'medium', candidates };
  } catch (error) {
    if (error instanceof ModelAnswerError) return { ...fromRanker, note: `${error.message}; kept the ranker's choice` };
    throw error;
  }
}
