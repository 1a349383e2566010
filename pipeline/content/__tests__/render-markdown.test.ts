import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../render-markdown.ts';

describe('renderMarkdown', () => {
  it('renders Markdown to HTML', () => {
    expect(renderMarkdown('# Duties\n\n- Set up the **room**\n- [Apply](https://example.org/apply)')).toBe(
      '<h2>Duties</h2>\n<ul>\n<li>Set up the <strong>room</strong></li>\n<li><a href="https://example.org/apply">Apply</a></li>\n</ul>',
    );
  });

  it('removes raw <script> elements and their content', () => {
    const html = renderMarkdown('Before\n\n<script>alert("x")</script>\n\nAfter <script>steal()</script>');
    expect(html).not.toMatch(/script|alert|steal/);
    expect(html).toContain('Before');
    expect(html).toContain('After');
  });

  it('removes event-handler attributes such as onerror=', () => {
    const html = renderMarkdown('<img src="x" onerror="alert(1)"> <p onclick="alert(2)">Hi</p>');
    expect(html).not.toMatch(/onerror|onclick|alert/);
    expect(html).toContain('Hi');
  });

  it('removes javascript: links, in Markdown and in raw HTML, keeping their text', () => {
    const html = renderMarkdown('[Click](javascript:alert(1)) and <a href="JavaScript:alert(2)">this</a> and <a href="  javascript:alert(3)">that</a>');
    expect(html).not.toMatch(/javascript|alert/i);
    expect(html).toContain('Click');
    expect(html).toContain('this');
    expect(html).toContain('that');
  });
});
