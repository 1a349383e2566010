import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHostileCatalog, CONTROL_ROLE, HOSTILE_ROLE, LONG_TITLE_LENGTH, type HostileBuild } from '../../test-support/hostile-catalog.ts';
import { formatProblem, type Problem } from '../lib/problems.ts';

/**
 * Hostile editors' content through the real pipeline: it is either refused with a located message or
 * stored so that pages render it as text. `e2e/content-safety.e2e.test.ts` builds the site from the
 * accepted catalog and checks the pages themselves.
 */

const problemIn = (build: HostileBuild, fileEnd: string): Problem[] => build.problems.list.filter((p) => p.file.endsWith(fileEnd));

describe('hostile content the build accepts', () => {
  let build: HostileBuild;
  let role: { title: string; description_html: string };

  beforeAll(async () => {
    build = await buildHostileCatalog('inert');
    expect(build.problems.list.map(formatProblem)).toEqual([]);
    const db = new Database(build.catalogPath, { readonly: true });
    role = db.prepare('SELECT title, description_html FROM roles WHERE slug = ?').get(HOSTILE_ROLE) as typeof role;
    db.close();
  });

  it('strips scripts, event handlers, frames, styles and images from a role description, keeping its text', () => {
    expect(role.description_html).not.toMatch(/<(script|iframe|style|img|div)\b/i);
    expect(role.description_html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(role.description_html).toContain('<p>Care for patients overnight.</p>');
  });

  it('drops javascript:, data: and vbscript: links from a role description, keeping the https one', () => {
    const hrefs = [...role.description_html.matchAll(/\shref\s*=\s*"([^"]*)"/gi)].map((m) => m[1]);
    expect(hrefs).toEqual(['https://evil.example.com/jobs/1']);
  });

  // The role schema sets no length cap on titles: the 10,000 characters reach the pages, which must wrap them.
  it('keeps a 10,000-character title as plain text', () => {
    expect(role.title).toHaveLength(LONG_TITLE_LENGTH);
    expect(role.title).toMatch(/^Night Nurse <script>alert\('title'\)<\/script>/);
  });
});

describe('hostile content the build refuses', () => {
  let build: HostileBuild;

  beforeAll(async () => {
    build = await buildHostileCatalog('rejected');
  });

  it('refuses a javascript: application URL, naming the file, line and field', () => {
    const messages = problemIn(build, 'roles/javascript-apply-evil-corp.md').map(formatProblem);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/javascript-apply-evil-corp\.md:11 application_url: got "javascript:alert\(document\.cookie\)", expected an http:\/\/ or https:\/\/ address/);
  });

  it('writes no catalog', () => {
    expect(build.problems.size).toBeGreaterThan(0);
    expect(existsSync(build.catalogPath)).toBe(false);
  });

  it('refuses control characters in a title, summary or description, naming the file and line', () => {
    for (const file of ['roles/control-characters-evil-corp.md', `roles/${CONTROL_ROLE}.md`]) {
      const found = problemIn(build, file);
      expect(found.length, `a problem for ${file}`).toBeGreaterThan(0);
      expect(found.every((p) => p.line !== undefined)).toBe(true);
    }
  });
});

describe('a manual crosswalk with a broken quote', () => {
  it('is reported with the file and a line, and no catalog is written', async () => {
    const build = await buildHostileCatalog('broken-crosswalk');
    const found = problemIn(build, 'manual.yaml');
    expect(found.map(formatProblem)).toEqual([expect.stringMatching(/crosswalk\/manual\.yaml:\d+ got ".*", expected valid YAML \(Missing closing "quote/)]);
    expect(existsSync(build.catalogPath)).toBe(false);
  });
});
