import { describe, expect, it } from 'vitest';
import { mergeCursorPages } from '../cachePolicies';

const page = (items: string[], nextCursor: string | null) => ({ items, nextCursor });

describe('audit log paging in the cache', () => {
  it('appends a page fetched with a cursor', () => {
    expect(mergeCursorPages(page(['a', 'b'], 'c2'), page(['c', 'd'], 'c4'), 'c2')).toEqual(page(['a', 'b', 'c', 'd'], 'c4'));
  });

  it('starts over when fetched without a cursor (first page, refetch, filter change)', () => {
    expect(mergeCursorPages(page(['a', 'b'], 'c2'), page(['z'], null), undefined)).toEqual(page(['z'], null));
    expect(mergeCursorPages(page(['a'], 'c1'), page(['z'], null), null)).toEqual(page(['z'], null));
  });

  it('takes the first page as is', () => {
    expect(mergeCursorPages(undefined, page(['a'], 'c1'), 'c0')).toEqual(page(['a'], 'c1'));
  });
});
