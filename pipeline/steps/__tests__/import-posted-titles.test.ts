import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { rankOccupations } from '../../../core/search/rank.ts';
import { openBuiltIndex } from '../../lib/soc-index.ts';
import { runPipeline } from '../../run.ts';

const fixtures = join(import.meta.dirname, '../../__tests__/fixtures');

/** The fixture releases (four occupations) with a posted-titles file written from `csv`. */
async function build(csv: string) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-posted-'));
  const postedTitlesPath = join(dir, 'posted-titles.csv');
  writeFileSync(postedTitlesPath, csv);
  const outPath = join(dir, 'catalog.sqlite');
  const problems = await runPipeline({
    root: join(fixtures, 'sources'), outPath, contentDir: join(dir, 'content'), enrichmentDir: join(dir, 'enrichment'), postedTitlesPath, rowCounts: 'non-empty', log: () => {},
  });
  return { problems: problems.list, outPath };
}

describe('posted titles', () => {
  it('are stored and searched as titles of their occupations', async () => {
    const { problems, outPath } = await build('title,code,note\nSite Superintendent,11-9021.00,runs the site\n"Full Stack Developer",15-1252.00,\n');
    expect(problems).toEqual([]);
    const db = new Database(outPath, { readonly: true });
    expect(db.prepare('SELECT title, occupation_code FROM posted_titles ORDER BY title').all()).toEqual([
      { title: 'Full Stack Developer', occupation_code: '15-1252.00' },
      { title: 'Site Superintendent', occupation_code: '11-9021.00' },
    ]);
    db.close();
    expect(rankOccupations(openBuiltIndex(outPath), 'Site Superintendent', 1)[0].code).toBe('11-9021.00');
  });

  it('fail the build on a bad row, naming its line, field and value, and keep the previous catalog out', async () => {
    const csv = ['title,code,note', 'Charge Nurse,29-1141.00,', 'charge nurse,29-1141.01,same title in another case', 'Scrum Master,15-1299.09,not in this release', 'Floor Nurse,29-1141,SOC not O*NET-SOC', ',29-1141.00,', `${'Very '.repeat(30)}Long Title,29-1141.00,`].join('\n');
    const { problems, outPath } = await build(csv);
    const found = problems.map((p) => `${p.line} ${p.field}: ${p.value ?? ''}`).sort();
    expect(found).toEqual([
      '3 title: charge nurse',
      '4 code: 15-1299.09',
      '5 code: 29-1141',
      '6 title: ',
      `7 title: ${'Very '.repeat(30)}Long Title`,
    ]);
    expect(problems.find((p) => p.line === 4)?.expected).toMatch(/O\*NET occupation/);
    expect(existsSync(outPath)).toBe(false);
  });
});
