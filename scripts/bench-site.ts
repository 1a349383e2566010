/**
 * `npm run bench:site`: the full build (pipeline + astro build + pagefind, i.e. `npm run build`) timed
 * end to end, with pages built, peak memory, the gzip transfer size of each page type, then Lighthouse
 * on an occupation, a role and the catalog page (`scripts/bench-lighthouse.ts`). Last, `npm run build:all`
 * into a scratch folder: seconds, pages and peak memory per edition, and each further edition's cost
 * relative to the first. ATLAS_SOURCES is passed through from the environment.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport, reportPath, type BuildAllReport } from './build-all.ts';
import { measureAdminBundle } from './admin-bundle.ts';
import { printLighthouse, runLighthouse } from './bench-lighthouse.ts';
import { pageTransfer, pageTypes } from './page-weight.ts';

const samplePage = '29-1141.00';
const targets = { buildSeconds: 60, pageKb: 40 };
const timeBinary = '/usr/bin/time';

/** Largest VmHWM (peak RSS) seen among the process tree under `root`, for systems without GNU time. */
function pollPeakMemory(root: number): { stop: () => number } {
  let peakKb = 0;
  const read = (pid: string, field: string) => {
    try {
      return readFileSync(`/proc/${pid}/${field}`, 'utf8');
    } catch {
      return '';
    }
  };
  const sample = () => {
    const parents = new Map<string, string>();
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      const stat = read(pid, 'stat');
      const ppid = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
      if (ppid) parents.set(pid, ppid);
    }
    const inTree = (pid: string): boolean => pid === String(root) || (parents.has(pid) && pid !== '1' && inTree(parents.get(pid)!));
    for (const pid of parents.keys()) {
      if (!inTree(pid)) continue;
      const hwm = Number(read(pid, 'status').match(/VmHWM:\s+(\d+)/)?.[1] ?? 0);
      peakKb = Math.max(peakKb, hwm);
    }
  };
  const timer = setInterval(sample, 200);
  return {
    stop: () => {
      clearInterval(timer);
      return peakKb;
    },
  };
}

async function runBuild(): Promise<{ seconds: number; output: string; peakKb: number; peakSource: string }> {
  const useTime = existsSync(timeBinary);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-site-'));
  const timeOut = join(scratch, 'time.txt');
  const [command, args] = useTime ? [timeBinary, ['-v', '-o', timeOut, 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
  const started = performance.now();
  const child = spawn(command, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const poller = useTime ? null : pollPeakMemory(child.pid!);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk;
    process.stdout.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk;
    process.stderr.write(chunk);
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`npm run build failed (exit ${code})`);
  let peakKb = poller?.stop() ?? 0;
  if (useTime) peakKb = Number(readFileSync(timeOut, 'utf8').match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? 0);
  rmSync(scratch, { recursive: true, force: true });
  return { seconds, output, peakKb, peakSource: useTime ? 'GNU time, largest process' : '/proc VmHWM, largest process' };
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

const build = await runBuild();
const pages = countPages('dist');
const astroLine = build.output.match(/(\d+) page\(s\) built in ([\d.]+)s/);
const transfer = pageTransfer('dist', `/occupations/${samplePage}/`);
const totalGzip = transfer.gzip;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log('\n── bench:site ─────────────────────────────────────────');
console.log(`Full build (pipeline + astro + pagefind): ${build.seconds.toFixed(1)} s  (target ≤ ${targets.buildSeconds} s) ${build.seconds <= targets.buildSeconds ? '✓' : '✗'}`);
console.log(`Pages built: ${pages.toLocaleString('en-US')}${astroLine ? ` (astro: ${astroLine[1]} in ${astroLine[2]} s)` : ''}`);
console.log(`Pages per second: ${(pages / build.seconds).toFixed(0)} over the full build${astroLine ? `, ${(Number(astroLine[1]) / Number(astroLine[2])).toFixed(0)} in astro build alone` : ''}`);
console.log(`Peak memory: ${(build.peakKb / 1024).toFixed(0)} MB (${build.peakSource})`);
console.log(`Occupation page ${samplePage}, gzip transfer:`);
for (const f of transfer.files) console.log(`  ${f.name.padEnd(40)} ${kb(f.raw).padStart(9)} raw  ${kb(f.gzip).padStart(8)} gzip`);
console.log(`  ${'total'.padEnd(40)} ${''.padStart(9)}      ${kb(totalGzip).padStart(8)} gzip  (target ≤ ${targets.pageKb} KB) ${totalGzip <= targets.pageKb * 1024 ? '✓' : '✗'}`);
console.log(`JavaScript on the page: ${transfer.inlineJs} B inline, ${transfer.externalJs} B external, ${transfer.islands} client-rendered islands — content needs no JavaScript ${transfer.islands === 0 ? '✓' : '✗'}`);
console.log('Gzip transfer per page type (HTML + CSS + JS on first load):');
for (const { type, path } of pageTypes('dist')) {
  const page = pageTransfer('dist', path);
  const html = page.files[0].gzip;
  console.log(`  ${type.padEnd(22)} ${path.padEnd(42)} ${kb(page.gzip).padStart(8)}  (HTML ${kb(html)}, CSS + JS ${kb(page.gzip - html)})`);
}
const admin = measureAdminBundle('dist');
console.log(`Editors' workspace (/admin/ only): ${kb(admin.upfrontGzip)} gzip on opening (${admin.upfront.length} scripts), ${kb(admin.lazyGzip)} gzip more on demand (${admin.lazy.length} chunks)`);
printLighthouse(await runLighthouse('dist'));

// Every edition, into a scratch folder so that dist/ stays the default edition the other benchmarks and tests read.
const editionsDist = mkdtempSync(join(tmpdir(), 'bench-editions-'));
const buildAll = spawn('npm', ['run', 'build:all'], { env: { ...process.env, ATLAS_DIST: editionsDist }, stdio: ['ignore', 'ignore', 'inherit'] });
const buildAllCode = await new Promise<number | null>((done) => buildAll.on('close', done));
rmSync(editionsDist, { recursive: true, force: true });
if (buildAllCode !== 0) throw new Error(`npm run build:all failed (exit ${buildAllCode})`);
console.log('\n── bench:site, every edition (npm run build:all) ─────');
for (const line of formatReport(JSON.parse(readFileSync(reportPath, 'utf8')) as BuildAllReport)) console.log(line);
