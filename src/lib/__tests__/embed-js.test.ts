import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const source = readFileSync('public/embed.js', 'utf8');

describe('public/embed.js', () => {
  it('is under 3 KB gzipped', () => {
    expect(gzipSync(source, { level: 9 }).length).toBeLessThan(3 * 1024);
  });

  it('is one classic script with no imports, so hosts can load it with a plain <script src>', () => {
    expect(() => new Script(source)).not.toThrow();
    expect(source).not.toMatch(/^\s*(import|export)\b/m);
  });

  it('checks both the origin and the frame a message comes from', () => {
    expect(source).toContain('event.origin !== origin');
    expect(source).toContain('contentWindow === event.source');
  });
});
