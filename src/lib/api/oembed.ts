import { atlasConfig } from '../../../atlas.config.ts';
import { absolute, paths } from '../urls.ts';

/** Sizes a consumer reserves before `embed.js` (when the host keeps it) fits the frame to the card. */
export const embedSize = { width: 420, height: 440 } as const;

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The markup a host pastes (or an oEmbed consumer inserts): a plain iframe that works on its own, then
 * `embed.js`, which fits the frame's height to the card. Hosts that strip scripts keep a working iframe.
 */
export function embedHtml(embedPath: string, title: string): string {
  const label = escapeAttr(`${title} — ${atlasConfig.site.title}`);
  return (
    `<iframe data-atlas-embed src="${absolute(embedPath)}" title="${label}" width="${embedSize.width}" height="${embedSize.height}" ` +
    `style="border:0;max-width:100%" loading="lazy"></iframe>\n<script async src="${absolute('/embed.js')}"></script>`
  );
}

/** oEmbed 1.0 `rich` response (https://oembed.com/#section2.3.4). */
export function oembedDoc(kind: 'occupation' | 'role', key: string, title: string) {
  const embedPath = kind === 'occupation' ? paths.embedOccupation(key) : paths.embedRole(key);
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: atlasConfig.site.title,
    provider_url: absolute('/'),
    html: embedHtml(embedPath, title),
    width: embedSize.width,
    height: embedSize.height,
    cache_age: 86_400,
  };
}
