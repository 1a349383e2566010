import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Postings that expire: a role whose `valid_through` day has passed leaves the site at the next build.
 * That is routine, not a mistake, so it is a warning in the build output and a line in the build report,
 * never a failure; the file stays in Git until an editor deletes or re-dates it.
 */

/** `occupationCode` lets cached refinements of the role still check out while it is off the site. */
export type ExpiredRole = { slug: string; file: string; title: string; occupationCode: string; validThrough: string };

export const EXPIRED_REPORT = 'expired-roles.md';

/** The build's day in UTC, `YYYY-MM-DD`; `ATLAS_TODAY` pins it (tests, or rebuilding a past edition). */
export function resolveToday(env: NodeJS.ProcessEnv = process.env): string {
  return env.ATLAS_TODAY || new Date().toISOString().slice(0, 10);
}

/** A posting is open through its last day; ISO dates compare as text. */
export function isExpired(validThrough: string | undefined | null, today: string): boolean {
  return validThrough != null && validThrough < today;
}

/** One warning line per expired role, for the build and `npm run check` output. */
export function formatExpiredWarning(role: ExpiredRole, today: string): string {
  return `⚠ ${role.file} valid_through ${role.validThrough} is before ${today}: "${role.title}" is left off the site (delete the file, or move valid_through later to keep it)`;
}

/** Writes `expired-roles.md` beside the catalog, also when empty, so a reviewer sees the list is current. */
export function writeExpiredReport(outDir: string, expired: readonly ExpiredRole[], today: string): string {
  const path = join(outDir, EXPIRED_REPORT);
  const rows = expired.map((r) => `| \`${r.slug}\` | ${r.title.replaceAll('|', '\\|')} | ${r.validThrough} | \`${r.file}\` |`);
  const table = rows.length ? ['| Role | Title | Valid through | File |', '| --- | --- | --- | --- |', ...rows].join('\n') : 'None.';
  writeFileSync(path, `# Expired roles\n\nBuilt on ${today}. Roles whose \`valid_through\` day has passed are left off the site.\n\n${table}\n`);
  return path;
}
