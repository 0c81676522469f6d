import { CURRENCIES } from '@opsplan/domain';
import { describe, expect, it } from 'vitest';
import { currencyOptions, monthOptions } from '../organizationOptions';

describe('organisation form options', () => {
  it('offers every domain currency, CNY first, named in the reader’s language', () => {
    const zh = currencyOptions('zh-CN');
    expect(zh.map((option) => option.value)).toEqual([...CURRENCIES]);
    expect(zh[0]?.label).toBe('CNY · 人民币');
    expect(currencyOptions('en')[0]?.label).toMatch(/^CNY · Chinese Yuan/);
  });

  it('numbers fiscal-year months 1–12 with localised names', () => {
    const zh = monthOptions('zh-CN');
    expect(zh.map((option) => option.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(zh[0]?.label).toBe('一月');
    expect(monthOptions('en')[3]?.label).toBe('April');
  });
});
