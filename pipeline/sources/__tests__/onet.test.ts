import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, Problems } from '../../lib/problems.ts';
import { readAlternateTitles, readEducationTrainingExperience, readRatings, readTaskStatements, readTechnologySkills } from '../onet.ts';

const textRelease = join(import.meta.dirname, '../../__tests__/fixtures/sources/onet/29.3/txt');
const fixtures = join(import.meta.dirname, 'fixtures');

describe('O*NET parsers', () => {
  it('reads the text release (no Title column, n/a) and the Excel-derived TSV (Title column, blanks) alike', () => {
    const problems = new Problems();
    const text = readTaskStatements(join(textRelease, 'Task Statements.txt'), problems);
    const excel = readTaskStatements(join(fixtures, 'Task Statements.tsv'), problems);
    expect(problems.list).toEqual([]);
    const pick = (rows: typeof text.rows, id: number) => {
      const { title, ...rest } = rows.find((r) => r.value.taskId === id)!.value;
      return rest;
    };
    for (const id of [1, 4, 5]) expect(pick(excel.rows, id)).toEqual(pick(text.rows, id));
    expect(pick(text.rows, 4)).toMatchObject({ code: '15-1252.00', taskType: 'Core', incumbents: null });
    expect(pick(text.rows, 5)).toMatchObject({ taskType: null });
    expect(excel.rows[0].value.title).toBe('Registered Nurses');
    expect(text.rows[0].value.title).toBeNull();
  });

  it('rejects malformed rows with file, line, column, value and expectation, and keeps the good ones', () => {
    const problems = new Problems();
    const parsed = readTaskStatements(join(fixtures, 'Task Statements malformed.tsv'), problems);
    expect(parsed.rows.map((r) => r.value.taskId)).toEqual([9]);
    expect(parsed.rejected).toBe(2);
    expect(problems.list.map(formatProblem)).toEqual([
      'Task Statements malformed.tsv:2 O*NET-SOC Code: got "29-1141", expected an O*NET-SOC code like 29-1141.00',
      'Task Statements malformed.tsv:3 Task ID: got "", expected a Task ID',
      'Task Statements malformed.tsv:3 Task Type: got "Main", expected one of Core, Supplemental or blank',
      'Task Statements malformed.tsv:3 Incumbents Responding: got "lots", expected a number',
    ]);
  });

  it('names a missing column and rejects every row of that file', () => {
    const problems = new Problems();
    const parsed = readTaskStatements(join(fixtures, 'Task Statements wrong header.tsv'), problems);
    expect(parsed.rows).toEqual([]);
    expect(parsed.rejected).toBe(1);
    expect(formatProblem(problems.list[0])).toBe(
      'Task Statements wrong header.tsv:1 Task ID: got "O*NET-SOC Code | Task Text", expected a column named "Task ID"',
    );
  });

  it('keeps Hot Technology and In Demand flags', () => {
    const parsed = readTechnologySkills(join(textRelease, 'Technology Skills.txt'), new Problems());
    expect(parsed.rows.find((r) => r.value.example === 'Python')?.value).toMatchObject({ hot: true, inDemand: true, commodityCode: 43232405 });
    expect(parsed.rows.find((r) => r.value.example === 'Procore')?.value).toMatchObject({ hot: false, inDemand: false });
  });

  it('reads importance and level rows with suppression flags, and n/a as null', () => {
    const parsed = readRatings(join(textRelease, 'Skills.txt'), new Problems());
    const programming = parsed.rows.filter((r) => r.value.elementName === 'Programming').map((r) => r.value);
    expect(programming).toEqual([
      expect.objectContaining({ scaleId: 'IM', value: 4.5, notRelevant: null }),
      expect.objectContaining({ scaleId: 'LV', value: 5.25, suppress: true, notRelevant: false }),
    ]);
  });

  it('accepts education importance rows that have no category', () => {
    const parsed = readEducationTrainingExperience(join(textRelease, 'Education, Training, and Experience.txt'), new Problems());
    expect(parsed.rows.at(-1)?.value).toMatchObject({ scaleId: 'IM', category: null, value: 1.9 });
  });

  it('reads short titles such as RN', () => {
    const parsed = readAlternateTitles(join(textRelease, 'Alternate Titles.txt'), new Problems());
    expect(parsed.rows.map((r) => [r.value.alternateTitle, r.value.shortTitle])).toContainEqual(['Registered Nurse', 'RN']);
    expect(parsed.rows.map((r) => r.value.shortTitle)).toContain(null);
  });
});
