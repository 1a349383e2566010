import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OpenAI-compatible chat completions endpoint on 127.0.0.1 for tests: each request gets the
 * next scripted reply (a JSON answer, raw content, an HTTP error, or no reply at all), and every
 * request is kept for assertions. Real HTTP, so the `openai` client's retries and timeouts run as they would.
 */

export type Reply =
  | { answer: unknown }
  | { content: string }
  | { status: number; error: string; headers?: Record<string, string> }
  | { hang: true };

export type Received = { headers: IncomingHttpHeaders; body: Record<string, unknown> };

export type FakeModelServer = { baseURL: string; received: Received[]; script: (...replies: Reply[]) => void; close: () => Promise<void> };

function completion(content: string) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: 'test-model',
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startFakeModelServer(): Promise<FakeModelServer> {
  const replies: Reply[] = [];
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body: raw ? JSON.parse(raw) : {} });
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return send(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
      const reply = replies.shift();
      if (!reply) return send(res, 500, { error: { message: 'no scripted reply left' } });
      if ('hang' in reply) return;
      if ('status' in reply) return send(res, reply.status, { error: { message: reply.error, type: 'test', code: null } }, reply.headers);
      send(res, 200, completion('answer' in reply ? JSON.stringify(reply.answer) : reply.content));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    received,
    script: (...next) => replies.push(...next),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
