import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rankOccupations } from '../../../core/search/rank.ts';
import { splitPostings } from '../../../core/search/postings-files.ts';
import { buildSearchData, type OccupationRecord } from '../../../core/search/search-data.ts';
import { openSearchData } from '../../../core/search/search-index.ts';
import { checkLogoFile, findUnsafeSvgPart, MAX_LOGO_BYTES } from '../logo-check.ts';
import { loadRanker } from '../occupation-ranker.ts';
import { describePostingEnd } from '../posting-end-widget.ts';

describe('the expiry badge', () => {
  it('says a posting is open through its last day and expired the day after', () => {
    expect(describePostingEnd('2026-12-01', '2026-12-01')).toEqual({ expired: false, text: 'Open through 2026-12-01' });
    expect(describePostingEnd('2026-11-30', '2026-12-01')).toMatchObject({ expired: true, text: expect.stringContaining('leaves this role off the site') });
    expect(describePostingEnd(undefined, '2026-12-01')).toBeNull();
  });
});

describe('the occupation picker ranker', () => {
  // A small index split as the build splits it: core.json, then files of a few terms each.
  const records: OccupationRecord[] = [
    { code: '29-2055.00', title: 'Surgical Technologists', description: 'Assist in operations under the supervision of surgeons.', titles: ['Surgical Tech', 'Certified Surgical Technologist', 'Scrub Tech'], tasks: ['Hand instruments and supplies to surgeons.'] },
    { code: '29-2052.00', title: 'Pharmacy Technicians', description: 'Prepare medications under the direction of a pharmacist.', titles: ['Pharmacy Tech'], tasks: ['Count and label medications.'] },
    { code: '29-1141.00', title: 'Registered Nurses', description: 'Assess patient health problems and needs.', titles: ['Staff Nurse', 'RN'], tasks: ['Monitor patients and record vital signs.'] },
    { code: '11-9111.00', title: 'Medical and Health Services Managers', description: 'Plan and direct medical services.', titles: ['Surgical Services Director'], tasks: ['Direct the work of medical staff.'] },
  ];
  const data = buildSearchData(records);
  const layout = { shards: 4, ownFiles: 5 };
  const { core, files } = splitPostings(data, layout);
  const served = new Map<string, unknown>([['/search-index/core.json', { ...data, ...layout, postings: core, facts: [], lists: {}, roles: [], programs: [] }]]);
  for (const [name, file] of files) served.set(`/search-index/${name}.json`, file);
  const fetched: string[] = [];
  beforeAll(() => {
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      const body = served.get(url);
      return body === undefined ? new Response('{}', { status: 200 }) : Response.json(body);
    });
  });
  afterAll(() => void vi.unstubAllGlobals());

  it("ranks as soc:suggest does (core/search's rankOccupations over the same index), loading core.json once and only the postings files a query needs", async () => {
    const ranker = await loadRanker();
    const index = openSearchData(data);
    for (const query of [{ title: 'Surgical Technologist I' }, { title: 'Scrub tech', description: 'Hands instruments to surgeons' }, 'staff nurse', 'pharmacy tech']) {
      expect(await ranker.rank(query, 3), JSON.stringify(query)).toEqual(rankOccupations(index, query, 3));
    }
    expect((await ranker.rank({ title: 'Surgical Technologist I' }))[0].code).toBe('29-2055.00');
    expect(fetched.filter((url) => url.endsWith('core.json'))).toHaveLength(1);
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(fetched.filter((url) => !served.has(url)), 'files the build does not write').toEqual([]);
  });

  it('ranks nothing for an empty title, and knows the O*NET titles from core.json', async () => {
    const ranker = await loadRanker();
    expect(await ranker.rank('  ')).toEqual([]);
    expect(ranker.titleOf('29-1141.00')).toBe('Registered Nurses');
    expect(ranker.titleOf('99-9999.00')).toBeUndefined();
  });
});

describe('the logo upload check', () => {
  const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`;

  it('accepts a plain SVG, PNG, JPEG or WebP of a logo size', () => {
    expect(checkLogoFile('acme.svg', 900, () => svg('<rect width="10" height="10" fill="#0b5fff"/>'))).toBeNull();
    expect(checkLogoFile('acme.png', 40_000, () => null)).toBeNull();
  });

  it('refuses an SVG that could run script, naming what it found', () => {
    expect(checkLogoFile('acme.svg', 900, () => svg('<script>alert(1)</script>'))).toContain('found <script>');
    expect(checkLogoFile('acme.svg', 900, () => svg('<rect onload="alert(1)"/>'))).toContain('onload="…" (an event handler)');
    expect(checkLogoFile('acme.svg', 900, () => svg('<a href=" javascript:alert(1)"><rect/></a>'))).toContain('href=');
    expect(findUnsafeSvgPart(svg('<foreignObject><div/></foreignObject>'))).toBe('<foreignObject>');
  });

  it('refuses other file types and oversized files', () => {
    expect(checkLogoFile('acme.gif', 900, () => null)).toBe('Expected an SVG, PNG, JPEG or WebP image');
    expect(checkLogoFile('acme.png', MAX_LOGO_BYTES + 1, () => null)).toMatch(/^Expected a logo of at most 200 KB/);
  });
});
