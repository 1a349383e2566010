import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A scratch clone of this repository with `decap-server` in Git mode on a free port of 127.0.0.1: the
 * admin saves there as it would in an editor's checkout, and the test reads the commits back.
 */

export type ScratchRepo = { dir: string; port: number; git: (...args: string[]) => string; close: () => Promise<void> };

/** A port nothing listens on now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

function waitForListening(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`decap-server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on') && output.includes('Git Proxy Server configured')) {
        clearTimeout(timer);
        done();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => fail(new Error(`decap-server exited (${code}):\n${output}`)));
  });
}

/** Clones HEAD into a temp folder as branch `branch` (the admin's), with node_modules linked for `npm run check`. */
export async function startScratchRepo(branch: string): Promise<ScratchRepo> {
  const root = resolve('.');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-admin-'));
  const git = (...args: string[]) => {
    const run = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${run.stderr}`);
    return run.stdout;
  };
  spawnSync('git', ['clone', '--quiet', '--no-hardlinks', root, dir], { encoding: 'utf8' });
  git('checkout', '--quiet', '-B', branch);
  git('config', 'user.name', 'Atlas admin e2e');
  git('config', 'user.email', 'admin-e2e@example.invalid');
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  // decap-server commits with `git add .`; .gitignore's `node_modules/` does not match a symbolic link.
  appendFileSync(join(dir, '.git/info/exclude'), 'node_modules\n');
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, MODE: 'git', PORT: String(port), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: dir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForListening(child, 20_000);
  return {
    dir,
    port,
    git,
    close: async () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
