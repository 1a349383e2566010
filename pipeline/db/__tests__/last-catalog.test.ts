import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { readLastCatalog } from '../last-catalog.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-last-catalog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A catalog file holding only `occupations` with the given codes. */
function catalogWith(name: string, codes: string[]): string {
  const path = join(dir, name);
  const db = new Database(path);
  db.exec('CREATE TABLE occupations (code TEXT PRIMARY KEY)');
  for (const code of codes) db.prepare('INSERT INTO occupations VALUES (?)').run(code);
  db.close();
  return path;
}

const readCodes = (db: Database.Database) => {
  const codes = db.prepare('SELECT code FROM occupations ORDER BY code').pluck().all() as string[];
  return codes.length ? codes : null;
};

describe('readLastCatalog', () => {
  it('reads the catalog there is', () => {
    expect(readLastCatalog(catalogWith('built.sqlite', ['29-1141.00', '11-9021.00']), readCodes)).toEqual(['11-9021.00', '29-1141.00']);
  });

  it('is null when there is no catalog, without creating one', () => {
    const path = join(dir, 'missing.sqlite');
    expect(readLastCatalog(path, readCodes)).toBeNull();
    expect(() => new Database(path, { fileMustExist: true })).toThrow();
  });

  it('is null when the read finds nothing in it', () => {
    expect(readLastCatalog(catalogWith('empty.sqlite', []), readCodes)).toBeNull();
  });

  it('is null for a catalog from before the table the read asks for, or a file that is no database', () => {
    expect(readLastCatalog(catalogWith('older.sqlite', ['29-1141.00']), (db) => db.prepare('SELECT title FROM occupations').all())).toBeNull();
    const notADatabase = join(dir, 'not-a-database.sqlite');
    writeFileSync(notADatabase, 'this is a text file, not SQLite\n'.repeat(200));
    expect(readLastCatalog(notADatabase, readCodes)).toBeNull();
  });

  it('lets any other error through: a mistake in the read is not a missing catalog', () => {
    const path = catalogWith('fine.sqlite', ['29-1141.00']);
    expect(() => readLastCatalog(path, () => { throw new TypeError('a bug'); })).toThrow('a bug');
  });

  it('opens the catalog read-only and closes it', () => {
    const path = catalogWith('read-only.sqlite', ['29-1141.00']);
    let opened: Database.Database | undefined;
    expect(readLastCatalog(path, (db) => {
      opened = db;
      db.exec("INSERT INTO occupations VALUES ('11-1011.00')");
      return 'wrote';
    })).toBeNull();
    expect(opened?.open).toBe(false);
    expect(readLastCatalog(path, readCodes)).toEqual(['29-1141.00']);
  });
});
