import { describe, expect, it } from 'vitest';
import { kpiFigure, percentText } from '../nodeDisplay';

describe('kpiFigure', () => {
  it('groups thousands and keeps the decimals as entered', () => {
    expect(kpiFigure('162966644.71', '元')).toBe('162,966,644.71 元');
    expect(kpiFigure('1200', '万元')).toBe('1,200 万元');
    expect(kpiFigure('96.45', '%')).toBe('96.45 %');
    expect(kpiFigure('0.50', null)).toBe('0.50');
    expect(kpiFigure('-1234.5', null)).toBe('-1,234.5');
  });

  it('shows a dash for no figure and any other text unchanged', () => {
    expect(kpiFigure(null, '元')).toBe('—');
    expect(kpiFigure('', null)).toBe('—');
    expect(kpiFigure('n/a', null)).toBe('n/a');
  });
});

describe('percentText', () => {
  it('always gives the figure, also at 100 % and without one', () => {
    expect(percentText(100)).toBe('100%');
    expect(percentText(undefined)).toBe('0%');
  });
});
