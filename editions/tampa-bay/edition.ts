import type { EditionConfig } from '../index.ts';

/** Tampa Bay, the default edition (MSA = the OEWS/CBSA metropolitan code; state = postal code). */
export default {
  id: 'tampa-bay',
  region: {
    name: 'Tampa Bay',
    msa: { code: '45300', name: 'Tampa-St. Petersburg-Clearwater, FL' },
    state: { code: 'FL', name: 'Florida' },
  },
  site: {
    url: 'https://tampabay.occupationatlas.org',
    title: 'Tampa Bay Occupation Atlas',
  },
} satisfies EditionConfig;
