import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../lib/problems.ts';
import { displayPath } from './load-content.ts';

/**
 * Every symbolic link under a folder whose files are read or published (`data/content/`, `public/`). A link
 * publishes whatever it points at, perhaps outside the repository, so each is refused by name.
 */
export function findSymlinks(dir: string, repoRoot: string): Problem[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => displayPath(repoRoot, join(entry.parentPath, entry.name)))
    .sort()
    .map((file) => ({ file, value: 'a symbolic link', expected: 'a plain file or folder: copy it here instead of linking to it' }));
}
