import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultEditionId, editions } from '../../editions/index.ts';
import { requireBaseCatalog, requireRealCatalog } from '../../test-support/real-catalog.ts';
import { formatProblem } from '../lib/problems.ts';
import { resolvePaths } from '../paths.ts';
import { buildEditionCatalog } from '../run.ts';

/**
 * Every edition's catalog, built as `npm run build:all` builds it (its own steps on a copy of the base
 * catalog of the real releases), holds its own content and nothing of another edition's.
 */

type Holdings = { roles: string[]; companies: string[]; curated: string[]; customOwners: string[]; editedPrograms: string[]; projections: number; edition: string };

const catalogs = new Map<string, Holdings>();

function readHoldings(path: string): Holdings {
  const db = new Database(path, { readonly: true });
  try {
    const column = (sql: string) => db.prepare(sql).pluck().all() as string[];
    return {
      roles: column('SELECT slug FROM roles ORDER BY slug'),
      companies: column('SELECT slug FROM companies ORDER BY slug'),
      curated: column("SELECT occupation_code FROM high_demand WHERE basis = 'curated' ORDER BY occupation_code"),
      customOwners: column("SELECT DISTINCT owner_id FROM effective_items WHERE source = 'custom' ORDER BY owner_id"),
      editedPrograms: column('SELECT edited_by FROM programs WHERE edited_by IS NOT NULL ORDER BY edited_by'),
      projections: db.prepare("SELECT count(*) FROM high_demand WHERE basis = 'projections'").pluck().get() as number,
      edition: db.prepare("SELECT value FROM build_info WHERE key = 'edition'").pluck().get() as string,
    };
  } finally {
    db.close();
  }
}

/** File names (without extension) in an edition's content subfolder. */
function contentSlugs(id: string, folder: string): string[] {
  const dir = join(resolvePaths({ ATLAS_EDITION: id }).contentDir, folder);
  return existsSync(dir) ? readdirSync(dir).map((name) => basename(name, extname(name))).sort() : [];
}

beforeAll(async () => {
  const basePath = requireBaseCatalog();
  catalogs.set(defaultEditionId, readHoldings(requireRealCatalog()));
  for (const edition of editions.filter((e) => e.id !== defaultEditionId)) {
    const paths = resolvePaths({ ATLAS_EDITION: edition.id });
    const outPath = join(mkdtempSync(join(tmpdir(), `atlas-edition-${edition.id}-`)), 'catalog.sqlite');
    const problems = await buildEditionCatalog({ root: paths.sources.root, basePath, outPath, config: edition, contentDir: paths.contentDir, enrichmentDir: paths.enrichmentDir, log: () => {} });
    expect(problems.list.map(formatProblem)).toEqual([]);
    catalogs.set(edition.id, readHoldings(outPath));
  }
}, 120_000);

describe('edition content isolation', () => {
  it('builds a catalog for every edition, each recording which edition it is', () => {
    expect([...catalogs.keys()].sort()).toEqual(editions.map((e) => e.id).sort());
    for (const [id, held] of catalogs) expect(held.edition).toBe(id);
  });

  it('holds exactly the roles and companies of the edition\'s own content folder', () => {
    for (const [id, held] of catalogs) {
      expect(held.roles, id).toEqual(contentSlugs(id, 'roles'));
      expect(held.companies, id).toEqual(contentSlugs(id, 'companies'));
    }
    // Tampa Bay has roles, so the comparison above can fail when one leaks.
    expect(catalogs.get(defaultEditionId)!.roles.length).toBeGreaterThan(0);
  });

  it('never shows a role, company, curated occupation or program edit of one edition in another', () => {
    const leaks: string[] = [];
    for (const [id, held] of catalogs) {
      for (const [otherId, other] of catalogs) {
        if (otherId === id) continue;
        for (const slug of held.roles) if (other.roles.includes(slug)) leaks.push(`role ${slug} of ${id} in ${otherId}`);
        for (const slug of held.companies) if (other.companies.includes(slug)) leaks.push(`company ${slug} of ${id} in ${otherId}`);
        for (const file of held.editedPrograms) if (other.editedPrograms.includes(file)) leaks.push(`program edit ${file} of ${id} in ${otherId}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('gives the Orlando starter edition no editors\' content: only the bright-outlook rule marks high demand', () => {
    const orlando = catalogs.get('orlando')!;
    expect(orlando).toMatchObject({ roles: [], companies: [], curated: [], customOwners: [], editedPrograms: [] });
    expect(orlando.projections).toBeGreaterThan(50);
    const tampaBay = catalogs.get(defaultEditionId)!;
    expect(tampaBay.curated.length).toBeGreaterThanOrEqual(15);
    expect(tampaBay.customOwners.length).toBeGreaterThan(0);
  });
});
