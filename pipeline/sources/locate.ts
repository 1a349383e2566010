import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sourceFiles, sourceReleases, type SourceFile, type SourceRelease } from './manifest.ts';

/** The first accepted path of a source file that exists under root, or null. */
export function locateFile(root: string, file: SourceFile): string | null {
  for (const path of file.paths) {
    const full = join(root, path);
    if (existsSync(full)) return full;
  }
  return null;
}

/** Path of a manifest file by id; throws on an id that is not in the manifest (a programming error). */
export function locateById(root: string, id: string): string | null {
  const entry = sourceFiles.get(id);
  if (!entry) throw new Error(`No source file "${id}" in pipeline/sources/manifest.ts`);
  return locateFile(root, entry.file);
}

export type MissingFile = { file: SourceFile; release: SourceRelease };

/** Manifest files not found under root (optional ones too; callers decide what is fatal). */
export function listMissing(root: string): MissingFile[] {
  return sourceReleases.flatMap((release) =>
    release.files.filter((file) => !locateFile(root, file)).map((file) => ({ file, release })),
  );
}

/** An editor-actionable sentence: the file, where we looked, how to provide it. */
export function describeMissing(root: string, { file, release }: MissingFile): string {
  const looked = file.paths.map((p) => join(root, p)).join(' or ');
  const how = release.url
    ? `run \`npm run data:fetch\` (downloads ${release.url}) or set ATLAS_SOURCES to a folder that has it`
    : (release.howToProvide ?? 'provide it by hand');
  return `Missing source file ${file.saveAs} (${release.publisher}, ${release.release}). Looked for ${looked}. To provide it: ${how}.`;
}
