import { inject } from 'vitest';

/** The catalog the global setup built from $ATLAS_SOURCES; tests that need real data fail, never skip, without it. */
export function requireRealCatalog(): string {
  const path = inject('catalogPath');
  if (!path) throw new Error('Set ATLAS_SOURCES to the release files folder (e.g. ../shared/datasets): these tests read the real catalog and never skip.');
  return path;
}

/** The base catalog (release files only) the global setup built; each edition's catalog starts from a copy of it. */
export function requireBaseCatalog(): string {
  const path = inject('baseCatalogPath');
  if (!path) throw new Error('Set ATLAS_SOURCES to the release files folder (e.g. ../shared/datasets): these tests read the real catalog and never skip.');
  return path;
}
