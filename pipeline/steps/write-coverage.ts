import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, countDistinct, eq, exists, getTableName, or, type SQL } from 'drizzle-orm';
import { countRows, insertRows } from '../db/catalog-db.ts';
import * as schema from '../db/schema/index.ts';
import { cipSocCrosswalk, occupations, programs, projections, tasks, wages } from '../db/schema/index.ts';
import type { StepContext, StepResult } from './context.ts';

type Coverage = {
  tables: Record<string, number>;
  occupations: number;
  withTasks: number;
  withNationalWages: number;
  withRegionalWages: number;
  withProjections: number;
  withPrograms: number;
};

const tables = Object.values(schema).filter((v): v is typeof schema.occupations => typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v);

/** Counts what the catalog covers, so gaps in the releases are visible in every build. */
function measureCoverage(ctx: StepContext): Coverage {
  const { orm } = ctx;
  const { msa, state } = ctx.config.region;
  /** Occupations for which `related` (a subquery on their SOC code) finds a row. */
  const occupationsWith = (related: SQL) => countRows(orm, occupations, related);
  const hasWages = (area: SQL | undefined) => exists(orm.select({ socCode: wages.socCode }).from(wages).where(and(eq(wages.socCode, occupations.socCode), area)));
  return {
    tables: Object.fromEntries(tables.map((table) => [getTableName(table), countRows(orm, table)])),
    occupations: countRows(orm, occupations),
    withTasks: orm.select({ n: countDistinct(tasks.occupationCode) }).from(tasks).get()?.n ?? 0,
    withNationalWages: occupationsWith(hasWages(eq(wages.areaType, 'national'))),
    withRegionalWages: occupationsWith(hasWages(or(and(eq(wages.areaType, 'msa'), eq(wages.areaCode, msa.code)), and(eq(wages.areaType, 'state'), eq(wages.areaCode, state.code))))),
    withProjections: occupationsWith(exists(orm.select({ socCode: projections.socCode }).from(projections).where(eq(projections.socCode, occupations.socCode)))),
    withPrograms: occupationsWith(
      exists(orm.select({ socCode: cipSocCrosswalk.socCode }).from(cipSocCrosswalk).innerJoin(programs, eq(programs.cipCode, cipSocCrosswalk.cipCode)).where(eq(cipSocCrosswalk.socCode, occupations.socCode))),
    ),
  };
}

function share(part: number, whole: number): string {
  return `${part} (${whole ? Math.round((part / whole) * 100) : 0} %)`;
}

/** Writes `coverage-report.md` beside the catalog and stores the figures in `build_info`. */
function writeCoverageReport(ctx: StepContext, coverage: Coverage): string {
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

/** The last report stage: what the catalog covers (report and `build_info`), then the build's own facts. */
export function writeCoverage(ctx: StepContext, log: (line: string) => void): StepResult {
  const coverage = measureCoverage(ctx);
  log(`  coverage report: ${writeCoverageReport(ctx, coverage)}`);
  insertRows(ctx.db, schema.buildInfo, [
    { key: 'built_at', value: new Date().toISOString() },
    { key: 'edition', value: ctx.config.id },
    { key: 'region', value: JSON.stringify(ctx.config.region) },
  ]);
  return { occupations: coverage.occupations };
}
