import type { EditionConfig } from '../index.ts';

/** Orlando, a starter edition: no editors' content yet, so its pages come from the release files alone. */
export default {
  id: 'orlando',
  region: {
    name: 'Orlando',
    msa: { code: '36740', name: 'Orlando-Kissimmee-Sanford, FL' },
    state: { code: 'FL', name: 'Florida' },
  },
  site: {
    url: 'https://orlando.occupationatlas.org',
    title: 'Orlando Occupation Atlas',
  },
} satisfies EditionConfig;
