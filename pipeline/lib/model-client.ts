import OpenAI from 'openai';
import type { z } from 'zod';

/**
 * The one way the pipeline talks to a language model (`soc:suggest` and `enrich`; never the build):
 * an OpenAI-compatible chat completions endpoint asked for structured output (a strict JSON schema),
 * paced to a request rate, the answer checked with zod before anyone uses it.
 *
 * Environment: OPENAI_API_KEY (required), OPENAI_BASE_URL, ATLAS_OPENAI_MODEL (default gpt-4o-mini),
 * ATLAS_OPENAI_RPS (requests per second, default 1), ATLAS_OPENAI_TIMEOUT_MS (default 30000),
 * ATLAS_OPENAI_MAX_RETRIES (default 3; the SDK retries 408/409/429/5xx and timeouts with backoff).
 */

export type ModelSettings = {
  apiKey: string;
  baseURL?: string;
  model: string;
  requestsPerSecond: number;
  timeoutMs: number;
  maxRetries: number;
};

export const DEFAULT_MODEL = 'gpt-4o-mini';

function positive(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${value}"`);
  return n;
}

/** The model settings from the environment, or null when no API key is set (the model path is off). */
export function readModelSettings(env: NodeJS.ProcessEnv = process.env): ModelSettings | null {
  if (!env.OPENAI_API_KEY) return null;
  return {
    apiKey: env.OPENAI_API_KEY,
    baseURL: env.OPENAI_BASE_URL || undefined,
    model: env.ATLAS_OPENAI_MODEL || DEFAULT_MODEL,
    requestsPerSecond: positive(env.ATLAS_OPENAI_RPS, 1, 'ATLAS_OPENAI_RPS'),
    timeoutMs: positive(env.ATLAS_OPENAI_TIMEOUT_MS, 30_000, 'ATLAS_OPENAI_TIMEOUT_MS'),
    maxRetries: positive(env.ATLAS_OPENAI_MAX_RETRIES, 3, 'ATLAS_OPENAI_MAX_RETRIES'),
  };
}

/** The key was refused: every further request would be refused too, so callers stop and say so. */
export class ModelAuthError extends Error {}

/** The model gave no usable answer for this request (timeout, retries used up, malformed or invalid answer). */
export class ModelAnswerError extends Error {}

export type ModelClient = { settings: ModelSettings; client: OpenAI; nextStart: number };

export function createModelClient(settings: ModelSettings): ModelClient {
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL, timeout: settings.timeoutMs, maxRetries: settings.maxRetries });
  return { settings, client, nextStart: 0 };
}

/** Spaces request starts by 1/rate seconds, however fast the callers ask. */
async function waitForTurn(model: ModelClient): Promise<void> {
  const rate = model.settings.requestsPerSecond;
  if (rate <= 0) return;
  const now = Date.now();
  const start = Math.max(now, model.nextStart);
  model.nextStart = start + 1000 / rate;
  if (start > now) await new Promise((resolve) => setTimeout(resolve, start - now));
}

export type JsonRequest<T> = {
  system: string;
  user: string;
  /** Name of the response format (letters, digits, `_`, `-`). */
  name: string;
  /** Strict JSON schema: every property required, `additionalProperties: false`. */
  jsonSchema: Record<string, unknown>;
  /** The same contract in zod: a server that ignores the schema is still caught. */
  parse: z.ZodType<T>;
};

function describeFailure(error: unknown, settings: ModelSettings): Error {
  const where = settings.baseURL ?? 'the OpenAI API';
  if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError) {
    return new ModelAuthError(
      `${where} refused OPENAI_API_KEY (HTTP ${error.status}): check the key and OPENAI_BASE_URL, or unset OPENAI_API_KEY to use the local ranker only.`,
    );
  }
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new ModelAnswerError(`no answer from ${where} within ${settings.timeoutMs} ms (after ${settings.maxRetries} retries)`);
  if (error instanceof OpenAI.APIError) return new ModelAnswerError(`${where} failed: ${error.status ?? 'no connection'} ${error.message} (after ${settings.maxRetries} retries)`);
  return error instanceof Error ? error : new Error(String(error));
}

/** One chat completion with a strict JSON schema; the parsed, validated answer. */
export async function askForJson<T>(model: ModelClient, request: JsonRequest<T>): Promise<T> {
  await waitForTurn(model);
  let content: string | null | undefined;
  try {
    const completion = await model.client.chat.completions.create({
      model: model.settings.model,
      temperature: 0,
      messages: [
        { role: 'system', content: request.system },
        { role: 'user', content: request.user },
      ],
      response_format: { type: 'json_schema', json_schema: { name: request.name, strict: true, schema: request.jsonSchema } },
    });
    content = completion.choices[0]?.message?.content;
  } catch (error) {
    throw describeFailure(error, model.settings);
  }
  let json: unknown;
  try {
    json = JSON.parse(content ?? '');
  } catch {
    throw new ModelAnswerError(`the model's answer is not JSON: ${JSON.stringify((content ?? '').slice(0, 80))}`);
  }
  const parsed = request.parse.safeParse(json);
  if (!parsed.success) throw new ModelAnswerError(`the model's answer does not fit ${request.name}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  return parsed.data;
}
