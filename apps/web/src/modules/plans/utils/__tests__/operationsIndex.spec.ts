import { describe, expect, it } from 'vitest';
import { ABSENT, dimensionsForDisplay, formatIndex } from '../operationsIndex';

describe('operations index display', () => {
  it('shows an absent dimension as absent, not as 0, and names the weakest present one', () => {
    const rows = dimensionsForDisplay(
      [
        { dimension: 'organisation', progress: 0.5 },
        { dimension: 'production', progress: 0.8 },
        { dimension: 'marketing', progress: null },
      ],
      'organisation',
    );
    expect(rows).toEqual([
      { dimension: 'organisation', percent: 50, weakest: true },
      { dimension: 'production', percent: 80, weakest: false },
      { dimension: 'marketing', percent: null, weakest: false },
    ]);
  });

  it('keeps the fixed order even when the API leaves a dimension out of the list', () => {
    const rows = dimensionsForDisplay([{ dimension: 'marketing', progress: 0.25 }], null);
    expect(rows.map((row) => [row.dimension, row.percent, row.weakest])).toEqual([
      ['organisation', null, false],
      ['production', null, false],
      ['marketing', 25, true],
    ]);
  });

  it('never marks an absent dimension as the weakest, even if named', () => {
    const rows = dimensionsForDisplay([{ dimension: 'marketing', progress: null }], 'marketing');
    expect(rows.every((row) => !row.weakest)).toBe(true);
  });

  it('formats the index as a percentage, a dash when nothing is measured', () => {
    // 0.5 × 0.8 with marketing absent: 40%, not 0.
    expect(formatIndex(0.4)).toBe('40.0%');
    expect(formatIndex(0)).toBe('0.0%');
    expect(formatIndex(null)).toBe(ABSENT);
  });
});
