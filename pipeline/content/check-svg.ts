import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAFE_SVG, unsafeSvgParts } from '../../core/svg-safety.ts';
import type { Problem } from '../lib/problems.ts';
import { displayPath } from './load-content.ts';

/**
 * SVG files under `public/` (company logos, the favicon) are published as they are. Each is held to the
 * one SVG rule (`core/svg-safety.ts`, which the admin's logo upload applies too), naming the line; the fix
 * is to export the logo again as a plain image. The CSP in `_headers` forbids script there too.
 */

/** Every `.svg` under dir that could run script, one problem per finding with its line. */
export function findUnsafeSvgs(dir: string, repoRoot: string): Problem[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.svg'))
    .flatMap((entry) => {
      const path = join(entry.parentPath, entry.name);
      const svg = readFileSync(path, 'utf8');
      return unsafeSvgParts(svg).map(({ offset, what }) => ({
        file: displayPath(repoRoot, path),
        line: svg.slice(0, offset).split('\n').length,
        value: what,
        expected: `${SAFE_SVG}: export the logo again as a plain image (or use PNG)`,
      }));
    });
}
