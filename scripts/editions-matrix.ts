/**
 * `npm run -s editions:matrix -- [--per-job <n>]`: the GitHub Actions matrix that builds every edition
 * in groups, one job per group of `n` editions (default 20), printed as one line of JSON for
 * `strategy.matrix: ${{ fromJSON(…) }}`. Each job runs `npm run build:all` with `ATLAS_EDITIONS` set to
 * its group (see docs/examples/build-editions.yml). GitHub runs at most 256 jobs per matrix.
 */
import { parseArgs } from 'node:util';
import { editions } from '../editions/index.ts';

export const maxMatrixJobs = 256;

export type EditionsMatrix = { include: { group: string; editions: string }[] };

/** Editions in their listed order, `perJob` to a group; the group name sorts in order in the Actions UI. */
export function planEditionsMatrix(ids: readonly string[], perJob: number): EditionsMatrix {
  const groups = Math.ceil(ids.length / perJob);
  return {
    include: Array.from({ length: groups }, (_, i) => ({
      group: String(i + 1).padStart(String(groups).length, '0'),
      editions: ids.slice(i * perJob, (i + 1) * perJob).join(','),
    })),
  };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { 'per-job': { type: 'string', default: '20' } } });
  const perJob = Number(values['per-job']);
  const ids = editions.map((e) => e.id);
  if (!Number.isInteger(perJob) || perJob < 1) {
    console.error(`--per-job: got "${values['per-job']}", expected a whole number of editions per job, like 20`);
    process.exit(2);
  }
  const matrix = planEditionsMatrix(ids, perJob);
  if (matrix.include.length > maxMatrixJobs) {
    console.error(`${matrix.include.length} jobs: a matrix runs at most ${maxMatrixJobs}; use --per-job ${Math.ceil(ids.length / maxMatrixJobs)} or more`);
    process.exit(1);
  }
  console.log(JSON.stringify(matrix));
}
