import { spawn, type ChildProcess } from 'node:child_process';
import { sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../../atlas.config.ts';
import type { ViteDevServer } from 'vite';

/**
 * `npm run dev` shows a content edit without a restart: a change under the content folder re-runs the
 * pipeline (about 6 s; the catalog is swapped in only when it succeeds), then drops the dev server's
 * cached catalog modules and reloads the browser. A failed run prints the located problems and keeps
 * the last good catalog, as `npm run build` would.
 */

const DEBOUNCE_MS = 300;

function reloadSite(server: ViteDevServer): void {
  // Catalog queries are cached per module (src/lib/catalog/db.ts): fresh modules read the new file.
  for (const environment of Object.values(server.environments)) environment.moduleGraph.invalidateAll();
  server.ws.send({ type: 'full-reload' });
}

export default function contentReload(): AstroIntegration {
  let child: ChildProcess | undefined;
  return {
    name: 'atlas-content-reload',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        let timer: NodeJS.Timeout | undefined;
        let again = false;
        const run = () => {
          if (child) {
            again = true;
            return;
          }
          logger.info('content changed: rebuilding the catalog');
          const pipeline = spawn(process.execPath, ['pipeline/run.ts'], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
          child = pipeline;
          let output = '';
          pipeline.stdout.on('data', (chunk: Buffer) => (output += chunk));
          pipeline.stderr.on('data', (chunk: Buffer) => (output += chunk));
          pipeline.on('close', (code) => {
            child = undefined;
            if (code === null) return;
            if (code === 0) {
              logger.info('catalog rebuilt: reloading');
              reloadSite(server);
            } else logger.error(`content has problems; the site keeps the last good catalog:\n${output.split('\n').filter((l) => !l.startsWith('✓')).join('\n').trim()}`);
            if (again) {
              again = false;
              run();
            }
          });
        };
        server.watcher.add(contentDir);
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentDir + sep) || path.includes(`${sep}schemas${sep}`)) return;
          clearTimeout(timer);
          timer = setTimeout(run, DEBOUNCE_MS);
        });
      },
      // A run still going when the server stops would only finish unseen.
      'astro:server:done': () => {
        child?.kill();
      },
    },
  };
}
