import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { richTextToReact } from '../richText';

describe('showing a deliverable’s text', () => {
  it('keeps headings and lists, and nothing that could run or link', () => {
    const { container } = render(
      <div>{richTextToReact('<h2 onclick="alert(1)">Forecast</h2><ul><li>East <a href="javascript:alert(1)">0.5m</a></li></ul><script>alert(1)</script><img src=x onerror="alert(1)">')}</div>,
    );
    expect(container.querySelector('h2')?.textContent).toBe('Forecast');
    expect(container.querySelector('h2')?.getAttribute('onclick')).toBeNull();
    expect(container.querySelector('li')?.textContent).toBe('East 0.5m');
    expect(container.querySelector('a, script, img')).toBeNull();
    expect(container.textContent).not.toContain('alert');
  });

  it('shows plain text as paragraphs', () => {
    const { container } = render(<div>{richTextToReact('First line\nsecond\n\nNext paragraph')}</div>);
    expect([...container.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['First line\nsecond', 'Next paragraph']);
  });
});
