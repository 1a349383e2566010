import { describe, expect, it } from 'vitest';
import { webHref } from '../web-address.ts';

describe('webHref', () => {
  it('percent-encodes what HTML does not allow in a URL', () => {
    expect(webHref('https://www.southuniversity.edu/tampa#location=Tampa, FL')).toBe('https://www.southuniversity.edu/tampa#location=Tampa,%20FL');
    expect(webHref('https://jobs.example.com/apply?next="><script>')).toBe('https://jobs.example.com/apply?next=%22%3E%3Cscript%3E');
  });

  it('adds https:// where IPEDS leaves the scheme out', () => {
    expect(webHref('www.hccfl.edu')).toBe('https://www.hccfl.edu/');
  });

  it('gives null for what is not an http(s) address', () => {
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'mailto:a@example.com', 'https://', '', null, undefined]) expect(webHref(bad), String(bad)).toBeNull();
  });
});
