import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { readCatalogOrSources } from '../catalog-or-sources.ts';
import type { Problems } from '../problems.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-last-catalog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let printed: MockInstance<typeof console.error>;
beforeEach(() => {
  printed = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => printed.mockRestore());

/** A catalog file holding only `occupations` with the given codes. */
function catalogWith(name: string, codes: string[]): string {
  const path = join(dir, name);
  const db = new Database(path);
  db.exec('CREATE TABLE occupations (code TEXT PRIMARY KEY)');
  for (const code of codes) db.prepare('INSERT INTO occupations VALUES (?)').run(code);
  db.close();
  return path;
}

const fromCatalog = (db: Database.Database) => {
  const codes = db.prepare('SELECT code FROM occupations ORDER BY code').pluck().all() as string[];
  return codes.length ? codes : null;
};
const fromSources = () => ['from the release files'];
const read = (path: string, sources: (problems: Problems) => string[] | null = fromSources) => readCatalogOrSources(path, fromCatalog, sources);

describe('readCatalogOrSources', () => {
  it('reads the last built catalog when there is one', () => {
    expect(read(catalogWith('built.sqlite', ['29-1141.00', '11-9021.00']))).toEqual(['11-9021.00', '29-1141.00']);
  });

  it('reads the release files when there is no catalog, without creating one', () => {
    const path = join(dir, 'missing.sqlite');
    expect(read(path)).toEqual(['from the release files']);
    expect(() => new Database(path, { fileMustExist: true })).toThrow();
  });

  it('reads the release files when the catalog has nothing, is from before the table asked for, or is no database', () => {
    expect(read(catalogWith('empty.sqlite', []))).toEqual(['from the release files']);
    expect(readCatalogOrSources(catalogWith('older.sqlite', ['29-1141.00']), (db) => db.prepare('SELECT title FROM occupations').all(), fromSources)).toEqual(['from the release files']);
    const notADatabase = join(dir, 'not-a-database.sqlite');
    writeFileSync(notADatabase, 'this is a text file, not SQLite\n'.repeat(200));
    expect(read(notADatabase)).toEqual(['from the release files']);
  });

  it('is null, the problems printed, when the release files have problems', () => {
    const value = read(join(dir, 'missing.sqlite'), (problems) => {
      problems.add({ file: 'onet/Occupation Data.txt', line: 7, field: 'O*NET-SOC Code', value: '29-1141', expected: 'an O*NET-SOC code like 29-1141.00' });
      return ['half read'];
    });
    expect(value).toBeNull();
    expect(printed.mock.calls.join('\n')).toContain('onet/Occupation Data.txt:7');
  });

  it('is null when neither is there', () => {
    expect(read(join(dir, 'missing.sqlite'), () => null)).toBeNull();
    expect(printed).not.toHaveBeenCalled();
  });

  it('lets any other error through: a mistake in the read is not a missing catalog', () => {
    const path = catalogWith('fine.sqlite', ['29-1141.00']);
    expect(() => readCatalogOrSources(path, () => { throw new TypeError('a bug'); }, fromSources)).toThrow('a bug');
  });

  it('opens the catalog read-only and closes it', () => {
    const path = catalogWith('read-only.sqlite', ['29-1141.00']);
    let opened: Database.Database | undefined;
    const value = readCatalogOrSources(path, (db) => {
      opened = db;
      db.exec("INSERT INTO occupations VALUES ('11-1011.00')");
      return ['wrote'];
    }, fromSources);
    expect(value).toEqual(['from the release files']);
    expect(opened?.open).toBe(false);
    expect(read(path)).toEqual(['29-1141.00']);
  });
});
