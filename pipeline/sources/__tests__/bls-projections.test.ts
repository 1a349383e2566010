import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { formatProblem, Problems } from '../../lib/problems.ts';
import { readProjectionsTable } from '../bls-projections.ts';

const csvPath = join(import.meta.dirname, '../../__tests__/fixtures/sources/projections/occupation_2024-2034_table_1.2.csv');

/** The published workbook layout: an Index sheet, then Table 1.2 with a title row above the header and footnotes below. */
function writeWorkbook(): string {
  const rows: unknown[][] = parse(readFileSync(csvPath), { bom: true });
  const numeric = rows.map((r, i) => (i === 0 ? r : r.map((c) => (/^-?\d+(\.\d+)?$/.test(String(c)) ? Number(c) : c))));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Index of tables']]), 'Index');
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([['Table 1.2 Occupational projections, 2024–2034'], ...numeric, ['Footnotes:'], ['Note: Data is unavailable for values denoted with a "—".']]),
    'Table 1.2',
  );
  const path = join(mkdtempSync(join(tmpdir(), 'projections-')), 'occupation.xlsx');
  XLSX.writeFile(book, path);
  return path;
}

describe('Employment Projections Table 1.2', () => {
  it('reads the period from the header and each value, keeping — and top-coded wages as null plus a note', () => {
    const problems = new Problems();
    const { baseYear, targetYear, parsed } = readProjectionsTable(csvPath, problems);
    expect(problems.list).toEqual([]);
    expect([baseYear, targetYear]).toEqual([2024, 2034]);
    const bySoc = new Map(parsed.rows.map((r) => [r.value.socCode, r.value]));
    expect(bySoc.get('29-1141')).toMatchObject({
      title: 'Registered nurses', occupationType: 'Line item', employmentBase: 3391.6, changePercent: 5.6,
      openingsAnnual: 189.1, medianWage: { value: 93600, note: null }, typicalEducation: "Bachelor's degree",
    });
    expect(bySoc.get('29-1023')?.medianWage).toEqual({ value: null, note: '>=$239,200' });
    expect(bySoc.get('00-0000')).toMatchObject({ occupationType: 'Summary', typicalEducation: null, medianWage: { value: 49500, note: null } });
  });

  it('reads the published workbook the same way, skipping its footnote lines', () => {
    const fromCsv = readProjectionsTable(csvPath, new Problems()).parsed.rows.map((r) => r.value);
    const problems = new Problems();
    const { parsed } = readProjectionsTable(writeWorkbook(), problems);
    expect(problems.list).toEqual([]);
    expect(parsed.rows.map((r) => r.value)).toEqual(fromCsv);
    expect(parsed.skipped).toEqual({ 'footnote line': 2 });
  });

  it('says which header it needs when the year columns are missing', () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Title', 'Code', 'Occupation type'], ['Nurses', '29-1141', 'Line item']]), 'Table 1.2');
    const path = join(mkdtempSync(join(tmpdir(), 'projections-')), 'bad.xlsx');
    XLSX.writeFile(book, path);
    const problems = new Problems();
    readProjectionsTable(path, problems);
    expect(formatProblem(problems.list[0])).toContain('expected two columns "Employment, <base year>" and "Employment, <target year>"');
  });
});
