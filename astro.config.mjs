// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import tailwindcss from '@tailwindcss/vite';
import { atlasConfig } from './atlas.config.ts';

export default defineConfig({
  site: atlasConfig.site.url,
  trailingSlash: 'always',
  // Astro 7's default ('jsx') drops line breaks between text and links, gluing words together
  // ("occupations:O*NET"); `true` collapses whitespace without losing it.
  compressHTML: true,
  integrations: [react()],
  vite: { plugins: [tailwindcss()] },
});
