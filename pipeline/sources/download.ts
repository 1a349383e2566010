/**
 * One HTTP download streamed to disk. Publishers' servers drop connections and answer errors as HTML
 * pages, so every way a download can go wrong becomes an error naming the URL, and the partial file
 * is deleted before the error leaves this module.
 */
import { rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { formatBytes, type DownloadProgress } from './fetch-progress.ts';

/** BLS answers 403 to clients that do not say who they are. */
export const USER_AGENT = 'OccupationAtlas/0.1 (+https://github.com/occupation-atlas; data pipeline)';

/** A stalled connection would otherwise hang the build forever. */
const IDLE_TIMEOUT_MS = 60_000;

/**
 * Streams url into path and returns the byte count. On failure path is removed and the error says
 * which URL failed and why (HTTP status, network error, or how many bytes arrived of how many).
 */
export async function downloadTo(
  url: string,
  path: string,
  track: (total: number | null) => DownloadProgress,
): Promise<number> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const rearm = () => {
    clearTimeout(timer);
    const reason = new Error(`no data received for ${IDLE_TIMEOUT_MS / 1000} s`);
    timer = setTimeout(() => controller.abort(reason), IDLE_TIMEOUT_MS);
  };
  let received = 0;
  let expected: number | null = null;
  let progress: DownloadProgress | undefined;
  try {
    rearm();
    const response = await fetch(url, { headers: { 'user-agent': USER_AGENT }, signal: controller.signal });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    }
    expected = declaredLength(response);
    const bar = track(expected);
    progress = bar;
    // Opened before streaming: createWriteStream opens lazily, and a failure racing that open would
    // recreate the file after the cleanup below has removed it.
    const out = await open(path, 'w');
    await pipeline(
      response.body,
      async function* (chunks: AsyncIterable<Uint8Array>) {
        for await (const chunk of chunks) {
          received += chunk.length;
          rearm();
          bar.update(received);
          yield chunk;
        }
      },
      out.createWriteStream(),
    );
    if (expected !== null && received !== expected) throw new Error('byte count differs from Content-Length');
    bar.finish(true);
    return received;
  } catch (error) {
    progress?.finish(false);
    rmSync(path, { force: true });
    throw new Error(describeFailure(url, error, received, expected));
  } finally {
    clearTimeout(timer);
  }
}

/** Content-Length counts encoded bytes, and fetch hands over decoded ones, so it is only comparable unencoded. */
function declaredLength(response: Response): number | null {
  const encoding = response.headers.get('content-encoding');
  if (encoding && encoding !== 'identity') return null;
  const length = Number(response.headers.get('content-length') ?? NaN);
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

function describeFailure(url: string, error: unknown, received: number, expected: number | null): string {
  const reason = reasonOf(error);
  if (expected !== null && received < expected) {
    return `${url}: download cut short after ${formatBytes(received)} of ${formatBytes(expected)} (${reason})`;
  }
  return `${url}: ${reason}`;
}

/** Node's fetch reports network failures as "fetch failed" / "terminated" with the useful part in `cause`. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
