import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { majorGroupOf } from '../../db/schema/occupations.ts';
import { readSearchSet } from '../search-sets.ts';
import { normalise, readOnet, type Onet } from './onet-titles.ts';

/**
 * The search bench sets measure what visitors type: job-ad titles as employers write them (at most
 * 5 % of them an O*NET title word for word) and lay queries, each labelled with a code that exists.
 * Read against the real O*NET files; never skipped.
 */

let cached: Onet | undefined;
const onet = () => (cached ??= readOnet());
const jobAds = readSearchSet('data/search/job-ad-titles.csv');
const lay = readSearchSet('data/search/lay-queries.csv');

describe('the job-ad titles (data/search/job-ad-titles.csv)', () => {
  it('has at least 300 titles across every major group, none repeated, each with a note and a code that exists', () => {
    expect(jobAds.length).toBeGreaterThanOrEqual(300);
    const { codes } = onet();
    expect(jobAds.filter((q) => !q.codes.every((c) => codes.has(c)) || !q.note).map((q) => q.query)).toEqual([]);
    expect(new Set(jobAds.map((q) => normalise(q.query))).size).toBe(jobAds.length);
    const groups = (list: Iterable<string>) => [...new Set([...list].map(majorGroupOf))].sort();
    expect(groups(jobAds.flatMap((q) => q.codes))).toEqual(groups(codes));
  });

  it('has at most 5 % titles that O*NET lists word for word', () => {
    const verbatim = jobAds.filter((q) => onet().titles.has(normalise(q.query)));
    expect(verbatim.length / jobAds.length).toBeLessThanOrEqual(0.05);
  });

  it('keeps a held-out part', () => {
    expect(jobAds.filter((q) => q.split === 'held-out').length).toBeGreaterThanOrEqual(50);
  });
});

describe('the lay queries (data/search/lay-queries.csv)', () => {
  it('has at least 200 queries, none repeated, each with a note and a code that exists, and a held-out part', () => {
    expect(lay.length).toBeGreaterThanOrEqual(200);
    const { codes } = onet();
    expect(lay.filter((q) => !q.codes.every((c) => codes.has(c)) || !q.note).map((q) => q.query)).toEqual([]);
    expect(new Set(lay.map((q) => normalise(q.query))).size).toBe(lay.length);
    expect(lay.filter((q) => q.split === 'held-out').length).toBeGreaterThanOrEqual(40);
  });
});

describe('the sets written apart from the ranker (data/search/*-fresh.csv, *-check*.csv)', () => {
  const names = ['fresh', 'check', 'check2', 'check3'].flatMap((kind) => [`job-ad-titles-${kind}`, `lay-queries-${kind}`]);
  it.each(names)('%s: every row held out, noted, with codes that exist, none repeated, every major group', (name) => {
    const rows = readSearchSet(`data/search/${name}.csv`);
    const { codes } = onet();
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(rows.filter((q) => q.split !== 'held-out' || !q.note || !q.codes.every((c) => codes.has(c))).map((q) => q.query)).toEqual([]);
    expect(new Set(rows.map((q) => normalise(q.query))).size).toBe(rows.length);
    expect(new Set(rows.flatMap((q) => q.codes.map(majorGroupOf))).size).toBeGreaterThanOrEqual(22);
  });
});

describe('readSearchSet', () => {
  it('names the file, line and column of a bad row', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-sets-'));
    const path = join(dir, 'set.csv');
    writeFileSync(path, 'query,code,note\nnurse,29-1141.00,ok\nwelder,51-41,typo\n');
    expect(() => readSearchSet(path)).toThrow(`${path}:3 code: got "51-41", expected an O*NET-SOC code like 29-1141.00`);
    writeFileSync(path, 'query,code,note\naide,31-1131.00|31-11,typo in the second\n');
    expect(() => readSearchSet(path)).toThrow(`${path}:2 code: got "31-1131.00|31-11", expected an O*NET-SOC code`);
    writeFileSync(path, 'query,code,note\naide,31-1131.00|31-1122.00,either\n');
    expect(readSearchSet(path)[0].codes).toEqual(['31-1131.00', '31-1122.00']);
    writeFileSync(path, 'query,code,note,split\nnurse,29-1141.00,ok,later\n');
    expect(() => readSearchSet(path)).toThrow(`${path}:2 split: got "later", expected tune or held-out`);
    rmSync(dir, { recursive: true, force: true });
  });
});
