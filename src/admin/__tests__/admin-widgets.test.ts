import { describe, expect, it } from 'vitest';
import { checkLogoFile, findUnsafeSvgPart, MAX_LOGO_BYTES } from '../logo-check.ts';
import { createRanker } from '../occupation-ranker.ts';
import { describePostingEnd } from '../posting-end-widget.ts';

describe('the expiry badge', () => {
  it('says a posting is open through its last day and expired the day after', () => {
    expect(describePostingEnd('2026-12-01', '2026-12-01')).toEqual({ expired: false, text: 'Open through 2026-12-01' });
    expect(describePostingEnd('2026-11-30', '2026-12-01')).toMatchObject({ expired: true, text: expect.stringContaining('leaves this role off the site') });
    expect(describePostingEnd(undefined, '2026-12-01')).toBeNull();
  });
});

describe('the occupation picker ranker', () => {
  const ranker = createRanker([
    ['29-2055.00', 'Surgical Technologists', ['Surgical Tech', 'Certified Surgical Technologist', 'Scrub Tech']],
    ['29-2052.00', 'Pharmacy Technicians', ['Pharmacy Tech']],
    ['29-1141.00', 'Registered Nurses', ['Staff Nurse', 'RN']],
    ['11-9111.00', 'Medical and Health Services Managers', ['Surgical Services Director']],
  ]);

  it('ranks the occupation whose titles the job title covers first', async () => {
    expect((await ranker.rank({ title: 'Surgical Technologist I' }))[0].code).toBe('29-2055.00');
    expect((await ranker.rank('scrub tech'))[0].code).toBe('29-2055.00');
    expect((await ranker.rank('staff nurse')).map((r) => r.code)).toEqual(['29-1141.00']);
  });

  it('finds nothing for words no title has, and knows the O*NET titles', async () => {
    expect(await ranker.rank('zzz')).toEqual([]);
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
