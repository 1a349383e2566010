// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { atlasConfig, distDir } from './atlas.config.ts';
import contentReload from './src/integrations/content-reload.ts';
import securityHeaders from './src/integrations/security-headers.ts';

/** Embed cards are parts of other sites' pages, the API is data and /admin/ is the editors' workspace: none belongs in the sitemap. */
const notInSitemap = /\/(embed|api|admin)\/|\/404\/?$/;

export default defineConfig({
  site: atlasConfig.site.url,
  // dist/, or dist/<edition>/ when `npm run build:all` builds every edition (ATLAS_DIST, read in pipeline/paths.ts).
  outDir: distDir,
  // Each edition is its own site: Astro's caches (and its incremental build cache, docs/scaling.md) must not mix them.
  cacheDir: `./node_modules/.astro/${atlasConfig.id}`,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops line breaks between text and links, gluing words together
  // ("occupations:O*NET"); `true` collapses whitespace without losing it.
  compressHTML: true,
  integrations: [react(), sitemap({ filter: (page) => !notInSitemap.test(new URL(page).pathname) }), securityHeaders(), contentReload()],
  vite: { plugins: [tailwindcss()] },
});
