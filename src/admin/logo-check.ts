import { SAFE_SVG, unsafeSvgParts } from '../../core/svg-safety.ts';

/**
 * What a logo upload must pass before the admin saves it: an image type the build accepts (LOGO_PATTERN
 * in the content schemas), a size fit for a 64 px logo, and for SVG the build's rule that a logo runs
 * nothing (no script, event handlers, foreignObject or other embedded documents, javascript: links),
 * which is the one SVG rule in `core/svg-safety.ts` that the build applies to `public/`.
 */

export const MAX_LOGO_BYTES = 200 * 1024;

const IMAGE = /\.(?:svg|png|jpe?g|webp)$/i;

/** The first thing in an SVG that could run script, or null: the build's own rule (`core/svg-safety.ts`). */
export function findUnsafeSvgPart(svg: string): string | null {
  return unsafeSvgParts(svg)[0]?.what ?? null;
}

/** null when the file may be a logo, else what to do instead ("Expected …"). */
export function checkLogoFile(name: string, size: number, text: () => string | null): string | null {
  if (!IMAGE.test(name)) return 'Expected an SVG, PNG, JPEG or WebP image';
  if (size > MAX_LOGO_BYTES) return `Expected a logo of at most ${MAX_LOGO_BYTES / 1024} KB (this one is ${Math.ceil(size / 1024)} KB): export it smaller`;
  const svg = /\.svg$/i.test(name) ? text() : null;
  const unsafe = svg === null ? null : findUnsafeSvgPart(svg);
  return unsafe ? `Expected ${SAFE_SVG} (found ${unsafe}): export the logo again as a plain image, or use PNG` : null;
}
