import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../pipeline/run.ts';
import { resolvePaths } from '../pipeline/paths.ts';

/**
 * Full import from the release files into a throw-away catalog, printing wall seconds and the
 * process's peak resident memory. Targets on the 2-core CI machine: ≤ 15 s, ≤ 600 MB.
 */
const paths = resolvePaths();
const { root } = paths.sources;
const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const started = performance.now();
const problems = await runPipeline({ root, outPath: join(dir, 'catalog.sqlite'), postedTitlesPath: paths.postedTitlesPath, log: (line) => console.log(`  ${line}`) });
const seconds = (performance.now() - started) / 1000;
rmSync(dir, { recursive: true, force: true });
if (problems.size) {
  console.error(problems.format(20));
  process.exit(1);
}
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`pipeline wall time: ${seconds.toFixed(2)} s (target ≤ 15 s)`);
console.log(`pipeline peak memory: ${peakMb.toFixed(0)} MB (target ≤ 600 MB)`);
