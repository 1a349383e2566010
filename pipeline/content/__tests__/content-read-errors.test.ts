import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../lib/problems.ts';
import { MAX_BODY_CHARS } from '../read-content-file.ts';
import { validateContent } from '../validate-content.ts';

/**
 * Editors' files that used to crash `npm run check` and the build with a stack trace: each now gets one
 * problem naming the file (and line) and what to do, and the other files are still checked.
 */

const fixtures = join(import.meta.dirname, 'fixtures');
const role = 'roles/surgical-technologist-acme-health.md';
let repoRoot: string;
let contentDir: string;
let publicDir: string;

beforeEach(() => {
  repoRoot = mkdtempSync(join(tmpdir(), 'atlas-content-errors-'));
  contentDir = join(repoRoot, 'content');
  publicDir = join(repoRoot, 'public');
  cpSync(join(fixtures, 'valid'), contentDir, { recursive: true });
  cpSync(join(fixtures, 'public'), publicDir, { recursive: true });
});

function problems(): string[] {
  const occupations = [{ code: '29-2055.00', title: 'Surgical Technologists' }, { code: '29-1141.00', title: 'Registered Nurses' }];
  const education = {
    programIds: new Set(['137351-51.3801-5']),
    institutions: new Map([[137351, 'University of South Florida'], [134495, 'Hillsborough Community College']]),
    cipCodes: new Map([['51.3801', true], ['51.0909', true]]),
  };
  return validateContent({ contentDir, repoRoot, publicDir, occupations, education }).problems.map(formatProblem);
}

describe('content files that cannot be read', () => {
  it('starts from a folder with no problems', () => {
    expect(problems()).toEqual([]);
  });

  it('refuses a YAML alias bomb with the line of the first alias, without a stack trace', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcde'[i]}`).join(', ')}]`)];
    appendFileSync(join(contentDir, 'companies/acme-health.yaml'), `${bomb.join('\n')}\n`);
    const lines = readFileSync(join(contentDir, 'companies/acme-health.yaml'), 'utf8').split('\n');
    const firstAlias = lines.findIndex((l) => l.startsWith('b: ')) + 1;
    expect(problems()).toContainEqual(
      `content/companies/acme-health.yaml:${firstAlias} got "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", expected YAML whose aliases (*name) expand to at most 100 copies: write the values out instead`,
    );
  });

  it('refuses a 10 MB role file by its size, before reading it', () => {
    appendFileSync(join(contentDir, role), 'Word '.repeat(2_000_000));
    expect(problems()).toContainEqual(expect.stringMatching(new RegExp(`^content/${role} got "9,76\\d\\.\\d KB", expected a file of at most 256 KB: shorten it, or check that it is the right file$`)));
  });

  it('refuses a description over the length cap, naming the line it starts on', () => {
    // The description starts on the line after the front matter's closing `---`.
    const bodyLine = readFileSync(join(contentDir, role), 'utf8').split('\n').indexOf('---', 1) + 2;
    appendFileSync(join(contentDir, role), 'x'.repeat(MAX_BODY_CHARS));
    expect(problems()).toContainEqual(expect.stringMatching(new RegExp(`^content/${role}:${bodyLine} description: got "50,0\\d\\d characters", expected a description of at most 50,000 characters`)));
  });

  it('refuses Markdown nested so deep the renderer would overflow its stack', () => {
    appendFileSync(join(contentDir, role), `\n${'>'.repeat(20_000)} deep\n`);
    expect(problems()).toContainEqual(`content/${role} description: expected Markdown nested less deeply (quotes or lists inside each other thousands of times)`);
  });

  it('refuses text that is not UTF-8, naming the line and byte', () => {
    const text = readFileSync(join(contentDir, role), 'utf8').replace('Surgical Technologist', 'Surgical Technologist \u2013 Caf\u00e9');
    writeFileSync(join(contentDir, role), Buffer.from(text.replace('\u2013', '\x96').replace('\u00e9', '\xe9'), 'latin1'));
    expect(problems()).toContainEqual(
      `content/${role}:2 byte 30 of the line: got "0x96", expected UTF-8 text; the file looks saved in another encoding (often Windows-1252 from Excel): save it again as UTF-8`,
    );
  });

  it('refuses a folder with a file name, instead of EISDIR', () => {
    mkdirSync(join(contentDir, 'roles/folder-role-acme-health.md'));
    expect(problems()).toEqual(['content/roles/folder-role-acme-health.md got "a folder", expected a file: rename or remove the folder']);
  });

  it('refuses symbolic links in the content folder and in public/, naming each, and never reads their targets', () => {
    const outside = join(repoRoot, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'secret.md'), readFileSync(join(contentDir, role), 'utf8').replace('Surgical Technologist', 'Linked'));
    rmSync(join(contentDir, role));
    symlinkSync(join(outside, 'secret.md'), join(contentDir, role));
    symlinkSync(outside, join(publicDir, 'logos/linked-folder'));
    symlinkSync('/etc/hostname', join(publicDir, 'hostname.txt'));
    const found = problems();
    const refusal = 'got "a symbolic link", expected a plain file or folder: copy it here instead of linking to it';
    expect(found).toContain(`content/${role} ${refusal}`);
    expect(found).toContain(`public/hostname.txt ${refusal}`);
    expect(found).toContain(`public/logos/linked-folder ${refusal}`);
    expect(found.join('\n')).not.toContain('Linked');
  });
});

describe('SVG files in public/', () => {
  const logo = (svg: string) => writeFileSync(join(publicDir, 'logos/acme-health.svg'), svg);
  const expected = 'expected an SVG without script, event handlers, foreignObject or javascript: links: export the logo again as a plain image (or use PNG)';

  it('refuses a logo with a script element, an event handler, foreignObject or a javascript: link, naming each line', () => {
    logo([
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">',
      '<script>alert(document.domain)</script>',
      '<rect width="10" height="10" onload="alert(1)"/>',
      '<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example.com"/></foreignObject>',
      '<a xlink:href=" javascript:alert(2)"><text>x</text></a>',
      '<a href="#"><set attributeName="href" to="javascript:alert(3)"/></a>',
      '</svg>',
    ].join('\n'));
    expect(problems()).toEqual([
      `public/logos/acme-health.svg:2 got "<script>", ${expected}`,
      `public/logos/acme-health.svg:3 got "onload="…" (an event handler)", ${expected}`,
      `public/logos/acme-health.svg:4 got "<foreignObject>", ${expected}`,
      `public/logos/acme-health.svg:4 got "<iframe>", ${expected}`,
      `public/logos/acme-health.svg:5 got "xlink:href=" javascript:alert(2)"", ${expected}`,
      `public/logos/acme-health.svg:6 got "to="javascript:alert(3)"", ${expected}`,
    ]);
  });

  it('accepts a plain logo with shapes, styles, gradients and internal links', () => {
    logo('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>.a{fill:url(#g)}</style><defs><linearGradient id="g"><stop offset="0" stop-color="#0b5fff"/></linearGradient></defs><rect class="a" width="10" height="10"/><use href="#g"/></svg>');
    expect(problems()).toEqual([]);
  });
});
