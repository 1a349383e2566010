import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTableName } from 'drizzle-orm';
import { insertRows } from '../db/catalog-db.ts';
import * as schema from '../db/schema/index.ts';
import type { StepContext } from './context.ts';

export type Coverage = {
  tables: Record<string, number>;
  occupations: number;
  withTasks: number;
  withNationalWages: number;
  withRegionalWages: number;
  withProjections: number;
  withPrograms: number;
};

const tableNames = Object.values(schema)
  .filter((v): v is typeof schema.occupations => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v)
  .map((t) => getTableName(t));

/** Counts what the catalog covers, so gaps in the releases are visible in every build. */
export function measureCoverage(ctx: StepContext): Coverage {
  const count = (sql: string, ...params: unknown[]) => (ctx.db.prepare(sql).pluck().get(...params) as number) ?? 0;
  const { msa, state } = ctx.config.region;
  return {
    tables: Object.fromEntries(tableNames.map((name) => [name, count(`SELECT count(*) FROM "${name}"`)])),
    occupations: count('SELECT count(*) FROM occupations'),
    withTasks: count('SELECT count(DISTINCT occupation_code) FROM tasks'),
    withNationalWages: count(`SELECT count(*) FROM occupations o WHERE EXISTS (SELECT 1 FROM wages w WHERE w.soc_code = o.soc_code AND w.area_type = 'national')`),
    withRegionalWages: count(
      `SELECT count(*) FROM occupations o WHERE EXISTS (SELECT 1 FROM wages w WHERE w.soc_code = o.soc_code AND ((w.area_type = 'msa' AND w.area_code = ?) OR (w.area_type = 'state' AND w.area_code = ?)))`,
      msa.code, state.code,
    ),
    withProjections: count('SELECT count(*) FROM occupations o WHERE EXISTS (SELECT 1 FROM projections p WHERE p.soc_code = o.soc_code)'),
    withPrograms: count(
      'SELECT count(*) FROM occupations o WHERE EXISTS (SELECT 1 FROM cip_soc_crosswalk x JOIN programs p ON p.cip_code = x.cip_code WHERE x.soc_code = o.soc_code)',
    ),
  };
}

function share(part: number, whole: number): string {
  return `${part} (${whole ? Math.round((part / whole) * 100) : 0} %)`;
}

/** Writes `coverage-report.md` beside the catalog and stores the figures in `build_info`. */
export function writeCoverageReport(ctx: StepContext, coverage: Coverage): string {
  const { region } = ctx.config;
  const lines = [
    `# Catalog coverage — ${region.name}`,
    '',
    '| Occupations with | Count |',
    '| --- | --- |',
    `| all | ${coverage.occupations} |`,
    `| task statements | ${share(coverage.withTasks, coverage.occupations)} |`,
    `| national wages | ${share(coverage.withNationalWages, coverage.occupations)} |`,
    `| ${region.msa.name} or ${region.state.name} wages | ${share(coverage.withRegionalWages, coverage.occupations)} |`,
    `| projections | ${share(coverage.withProjections, coverage.occupations)} |`,
    `| programs in ${region.state.name} | ${share(coverage.withPrograms, coverage.occupations)} |`,
    '',
    '| Table | Rows |',
    '| --- | --- |',
    ...Object.entries(coverage.tables).map(([name, rows]) => `| ${name} | ${rows} |`),
    '',
  ];
  const path = join(ctx.outDir, 'coverage-report.md');
  writeFileSync(path, lines.join('\n'));
  insertRows(ctx.db, schema.buildInfo, [{ key: 'coverage', value: JSON.stringify(coverage) }]);
  return path;
}
