import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageTransfer } from '../page-weight.ts';

const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('pageTransfer', () => {
  it('counts the modules a page script imports statically, not those it imports when called', () => {
    mkdirSync(join(dist, 'search', '_astro'), { recursive: true });
    mkdirSync(join(dist, '_astro'), { recursive: true });
    writeFileSync(join(dist, 'search', 'index.html'), '<html><script type="module" src="/_astro/page.js"></script></html>');
    writeFileSync(join(dist, '_astro', 'page.js'), 'import{a as e}from"./engine.js";import"./style.js";const later=()=>import("./admin.js");e(later);');
    writeFileSync(join(dist, '_astro', 'engine.js'), 'import{b}from"./page.js";export const a=(x)=>x;');
    writeFileSync(join(dist, '_astro', 'style.js'), 'document.title="x";');
    writeFileSync(join(dist, '_astro', 'admin.js'), 'export const big="x";');
    expect(pageTransfer(dist, '/search/').files.map((f) => f.name)).toEqual(['HTML', '/_astro/page.js', '/_astro/engine.js', '/_astro/style.js']);
  });
});
