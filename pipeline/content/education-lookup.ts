import { eq } from 'drizzle-orm';
import { createCatalogOrm, type CatalogDb, type CatalogOrm } from '../db/catalog-db.ts';
import { cipCodes as cipCodesTable, institutions as institutionsTable, programIdOf, programs } from '../db/schema/education.ts';
import { readCatalogOrSources } from '../lib/catalog-or-sources.ts';
import type { Problems } from '../lib/problems.ts';
import { resolvePaths, type AtlasPaths } from '../paths.ts';
import { locateById } from '../sources/locate.ts';
import { readCipCodes } from '../sources/nces-cip.ts';
import { readCompletions, readInstitutions } from '../sources/nces-ipeds.ts';

/**
 * What program files are checked against: the IPEDS programs and institutions and the CIP codes. The
 * build reads them from the catalog it is writing; `npm run check` from the last built catalog, else
 * straight from the release files, like the occupation list.
 */

export type EducationLookup = {
  /** Ids of the programs IPEDS reports (`programIdOf`). */
  programIds: ReadonlySet<string>;
  /** UNITID → institution name. */
  institutions: ReadonlyMap<number, string>;
  /** 6-digit CIP code → whether CIP 2020 still uses it. */
  cipCodes: ReadonlyMap<string, boolean>;
};

/** From a catalog whose education tables are imported; editor-added programs are not IPEDS programs. */
export function readEducationLookup(orm: CatalogOrm): EducationLookup {
  const programIds = orm.select({ id: programs.id }).from(programs).where(eq(programs.source, 'ipeds')).all();
  const institutions = orm.select({ unitid: institutionsTable.unitid, name: institutionsTable.name }).from(institutionsTable).all();
  const cipCodes = orm.select({ code: cipCodesTable.code, active: cipCodesTable.active }).from(cipCodesTable).where(eq(cipCodesTable.digits, 6)).all();
  return {
    programIds: new Set(programIds.map((p) => p.id)),
    institutions: new Map(institutions.map((i) => [i.unitid, i.name])),
    cipCodes: new Map(cipCodes.map((c) => [c.code, c.active])),
  };
}

export type EducationSource = { education: EducationLookup; from: string };

function readFromCatalog(db: CatalogDb, path: string): EducationSource | null {
  const education = readEducationLookup(createCatalogOrm(db));
  return education.programIds.size ? { education, from: path } : null;
}

function readFromSources({ sources: { root }, edition }: AtlasPaths, problems: Problems): EducationSource | null {
  const paths = ['cip:codes', 'ipeds:institutions', 'ipeds:completions'].map((id) => locateById(root, id));
  const [cipPath, institutionsPath, completionsPath] = paths;
  if (!cipPath || !institutionsPath || !completionsPath) return null;
  const cip = readCipCodes(cipPath, problems).rows.map((r) => r.value).filter((c) => c.digits === 6);
  const institutions = readInstitutions(institutionsPath, problems, [edition.region.state.code]).rows.map((r) => r.value);
  const completions = readCompletions(completionsPath, problems, new Set(institutions.map((i) => i.unitid))).rows.map((r) => r.value);
  return {
    education: {
      programIds: new Set(completions.map(programIdOf)),
      institutions: new Map(institutions.map((i) => [i.unitid, i.name])),
      cipCodes: new Map(cip.map((c) => [c.code, c.active])),
    },
    from: completionsPath,
  };
}

/** IPEDS programs, institutions and CIP codes from the last built catalog, else from the release files; null when neither is there. */
export function loadEducationLookup(paths: AtlasPaths = resolvePaths()): EducationSource | null {
  return readCatalogOrSources(paths.catalogPath, (db) => readFromCatalog(db, paths.catalogPath), (problems) => readFromSources(paths, problems));
}
