import orlando from './orlando/edition.ts';
import tampaBay from './tampa-bay/edition.ts';

/**
 * Every edition: a folder `editions/<id>/` with its `edition.ts` (the region and where the site is
 * published) and its editors' `content/`. A new edition is a folder plus one line below; a test checks
 * that the two agree. `_shared/` holds what every edition's editors use (the content files' JSON Schemas).
 */

export type EditionConfig = {
  /** The folder name, which `ATLAS_EDITION` names. */
  id: string;
  region: {
    /** Short name used in sentences, e.g. "Tampa Bay". */
    name: string;
    /** OEWS/CBSA metropolitan area: 5-digit code and the name as BLS writes it. */
    msa: { code: string; name: string };
    /** Postal code and name of the state whose IPEDS institutions and wages the edition uses. */
    state: { code: string; name: string };
  };
  site: { url: string; title: string };
};

export const editions: readonly EditionConfig[] = [tampaBay, orlando];

/** The repository every edition's editors save to from /admin/ (each save a pull request; docs/editors.md). */
export const editorRepository: { repo: string; branch: string; authBaseUrl?: string } = { repo: 'occupation-atlas/occupation-atlas', branch: 'main' };

/** The edition every command builds when `ATLAS_EDITION` is not set. */
export const defaultEditionId = 'tampa-bay';

/** The edition with this id; the error lists the ones there are. */
export function findEdition(id: string): EditionConfig {
  const edition = editions.find((e) => e.id === id);
  if (!edition) throw new Error(`ATLAS_EDITION: got "${id}", expected one of the editions in editions/: ${editions.map((e) => e.id).join(', ')}`);
  return edition;
}
