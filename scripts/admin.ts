import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * `npm run admin`: the editors' workspace offline. Starts the Astro dev server (which rebuilds the
 * catalog when content changes) and decap-server in Git mode on this checkout, so every save in
 * /admin/ is a real commit here (on a `cms/…` branch, as a pull request would be). Ctrl-C stops both.
 * `ADMIN_PROXY_PORT` moves decap-server off 8081; `PORT` moves the site off 4321.
 */

const proxyPort = process.env.ADMIN_PROXY_PORT || '8081';
const sitePort = process.env.PORT || '4321';
const children: ChildProcess[] = [];

function start(name: string, args: string[], env: NodeJS.ProcessEnv): void {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const print = (chunk: Buffer) => process.stdout.write(chunk.toString().replace(/^(?=.)/gm, `[${name}] `));
  child.stdout?.on('data', print);
  child.stderr?.on('data', print);
  child.on('exit', (code) => {
    console.log(`[${name}] stopped (${code ?? 'signal'})`);
    stop(code ?? 0);
  });
  children.push(child);
}

function stop(code: number): void {
  for (const child of children) if (child.exitCode === null) child.kill();
  process.exitCode = code;
}

start('decap-server', [resolve('node_modules/decap-server/dist/index.js')], { MODE: 'git', PORT: proxyPort, BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: resolve('.') });
start('site', [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', sitePort], {});
const query = proxyPort === '8081' ? '' : `?proxy_port=${proxyPort}`;
console.log(`Editors' workspace: http://127.0.0.1:${sitePort}/admin/${query} (saves are commits in this checkout; Ctrl-C stops)`);
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
