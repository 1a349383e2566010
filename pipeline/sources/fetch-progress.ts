/**
 * Download progress: a bar rewritten in place on a terminal, plain start/done lines elsewhere, since
 * carriage returns turn CI logs and redirected output into one unreadable line.
 */

export type DownloadProgress = {
  update(received: number): void;
  finish(ok: boolean): void;
};

export type ProgressOptions = {
  /** Draw a bar on stderr instead of logging lines. */
  tty: boolean;
  log: (line: string) => void;
};

const BAR_WIDTH = 24;
/** Redrawing on every chunk would cost more than the download itself on a fast link. */
const REDRAW_INTERVAL_MS = 100;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** Starts reporting one download of url; total is the announced size, null when unknown. */
export function trackDownload(url: string, total: number | null, options: ProgressOptions): DownloadProgress {
  return options.tty ? drawBar(url, total) : logLines(url, total, options.log);
}

function logLines(url: string, total: number | null, log: (line: string) => void): DownloadProgress {
  log(`Downloading ${url} (${total === null ? 'size unknown' : formatBytes(total)})`);
  let received = 0;
  return {
    update(bytes) {
      received = bytes;
    },
    finish(ok) {
      // A failure is reported once, in the summary, with its cause.
      if (ok) log(`Downloaded ${url} (${formatBytes(received)})`);
    },
  };
}

function drawBar(url: string, total: number | null): DownloadProgress {
  // The bar must fit on one line or `\r` rewrites only its last wrapped part.
  const label = new URL(url).pathname.split('/').pop() || url;
  let received = 0;
  let lastDraw = 0;
  const draw = (suffix = '') => {
    const line = `${label}  ${renderBar(received, total)}${suffix}`;
    process.stderr.write(`\r${line.slice(0, (process.stderr.columns ?? 80) - 1)}\x1b[K`);
  };
  draw();
  return {
    update(bytes) {
      received = bytes;
      const now = Date.now();
      if (now - lastDraw < REDRAW_INTERVAL_MS) return;
      lastDraw = now;
      draw();
    },
    finish(ok) {
      draw(ok ? '  done' : '  failed');
      process.stderr.write('\n');
    },
  };
}

function renderBar(received: number, total: number | null): string {
  if (total === null || total === 0) return formatBytes(received);
  const ratio = Math.min(received / total, 1);
  const filled = Math.round(ratio * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
  return `${bar} ${formatBytes(received)} / ${formatBytes(total)} ${Math.floor(ratio * 100)}%`;
}
