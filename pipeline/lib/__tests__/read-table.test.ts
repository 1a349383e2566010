import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import XLSX from 'xlsx';
import { formatProblem, Problems } from '../problems.ts';
import { readTable } from '../read-table.ts';

const dir = mkdtempSync(join(tmpdir(), 'read-table-'));
function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('readTable', () => {
  it('reads CSV with a BOM, CRLF line ends and quoted fields', () => {
    const problems = new Problems();
    const table = readTable(write('bom.csv', '\uFEFFCODE,TITLE\r\n01.0101,"Farming, general"\r\n02.0101,Plain'), problems);
    expect(table.header).toEqual(['CODE', 'TITLE']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['01.0101', 'Farming, general'] },
      { line: 3, cells: ['02.0101', 'Plain'] },
    ]);
    expect(problems.size).toBe(0);
  });

  it('unwraps Excel formula codes that keep leading zeros', () => {
    const problems = new Problems();
    const table = readTable(write('formula.csv', '"A","B"\r\n="01",="01.0101"\r\n'), problems);
    expect(table.rows[0].cells).toEqual(['01', '01.0101']);
  });

  it('recovers a quoted field whose inner quotes the publisher did not double', () => {
    const problems = new Problems();
    const table = readTable(write('stray.csv', 'A,B\n1,"this series is titled "Security" in Canada."\n2,ok\n'), problems);
    expect(problems.size).toBe(0);
    expect(table.rows.map((r) => r.cells)).toEqual([['1', 'this series is titled "Security" in Canada.'], ['2', 'ok']]);
  });

  it('reports a CSV record it cannot parse with its line, and keeps the other rows', () => {
    const problems = new Problems();
    const table = readTable(write('broken.csv', 'A,B\n1,ok\n2,"unterminated\n'), problems);
    expect(table.rows.map((r) => r.cells[0])).toContain('1');
    expect(problems.size).toBeGreaterThan(0);
    expect(formatProblem(problems.list[0])).toMatch(/^broken\.csv:\d+ expected a well-formed CSV record/);
  });

  it('splits TSV on tabs only, keeping literal quotes', () => {
    const problems = new Problems();
    const table = readTable(write('x.tsv', 'A\tB\r\n1\tSays "hi", twice\r\n\r\n'), problems);
    expect(table.rows).toEqual([{ line: 2, cells: ['1', 'Says "hi", twice'] }]);
  });

  it('finds the header row of a workbook below its title rows and writes numbers as text', () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Index']]), 'Index');
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([['Table 1.2 title'], ['Code', 'Value'], ['29-1141', 0.125], ['Footnotes:']]),
      'Table 1.2 Projections',
    );
    const path = join(dir, 'book.xlsx');
    XLSX.writeFile(book, path);
    const problems = new Problems();
    const table = readTable(path, problems, { sheet: /^Table 1\.2/, headerHas: 'Code' });
    expect(table.headerLine).toBe(2);
    expect(table.rows).toEqual([
      { line: 3, cells: ['29-1141', '0.125'] },
      { line: 4, cells: ['Footnotes:', ''] },
    ]);
  });

  it('reports a missing sheet by listing the sheets it has', () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['A']]), 'Other');
    const path = join(dir, 'nosheet.xlsx');
    XLSX.writeFile(book, path);
    const problems = new Problems();
    readTable(path, problems, { sheet: 'CIP-SOC' });
    expect(formatProblem(problems.list[0])).toBe('nosheet.xlsx sheet: got "Other", expected a sheet CIP-SOC');
  });
});
