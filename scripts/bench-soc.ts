import { readLabelledTitles, measureAccuracy, labelledTitlesPath } from '../pipeline/soc-suggest/labelled-titles.ts';
import { resolvePaths } from '../pipeline/paths.ts';
import { withCatalog } from '../pipeline/db/occupation-records.ts';
import { loadSocIndex } from '../pipeline/lib/soc-index.ts';

/**
 * `npm run bench:soc`: the local ranker (no model) on the labelled everyday titles. Targets: top-1 ≥ 75 %,
 * top-3 ≥ 92 %, ≥ 200 titles per second after start-up. `--misses` lists the titles it got wrong.
 */
const titles = readLabelledTitles(labelledTitlesPath);
const started = performance.now();
const index = withCatalog(resolvePaths().catalogPath, loadSocIndex);
const startup = (performance.now() - started) / 1000;
const result = measureAccuracy(index, titles);
const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

if (process.argv.includes('--misses')) {
  for (const miss of result.misses) console.log(`  ✗ ${miss.title} → expected ${miss.expected}, got ${miss.got.join(', ')}`);
}
console.log(`labelled titles: ${result.total} (${labelledTitlesPath})`);
console.log(`index start-up:  ${startup.toFixed(2)} s`);
console.log(`top-1 accuracy:  ${percent(result.top1)} (target ≥ 75 %)`);
console.log(`top-3 accuracy:  ${percent(result.top3)} (target ≥ 92 %)`);
console.log(`  on the ${result.unlisted.total} titles not O*NET's even with abbreviations written out: top-1 ${percent(result.unlisted.top1)}, top-3 ${percent(result.unlisted.top3)}`);
console.log(`speed:           ${Math.round(result.titlesPerSecond)} titles/s (target ≥ 200)`);
if (result.top1 < 0.75 || result.top3 < 0.92 || result.titlesPerSecond < 200) process.exitCode = 1;
