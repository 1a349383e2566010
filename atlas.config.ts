/**
 * The edition: which region the site is for and where it is published. Another region is a change
 * here only (MSA = the OEWS/CBSA metropolitan code; state = postal code).
 */
export const atlasConfig = {
  region: {
    name: 'Tampa Bay',
    msa: { code: '45300', name: 'Tampa-St. Petersburg-Clearwater, FL' },
    state: { code: 'FL', name: 'Florida' },
  },
  site: {
    url: 'https://tampabay.occupationatlas.org',
    title: 'Tampa Bay Occupation Atlas',
  },
  /** The editors' workspace at /admin/ saves to this GitHub repository, each save a pull request (docs/editors.md). */
  editor: { repo: 'occupation-atlas/occupation-atlas', branch: 'main' },
} as const;

export type AtlasConfig = typeof atlasConfig;
