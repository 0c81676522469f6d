import { describe, expect, it } from 'vitest';
import { barChartHeight, checkInBars, hasCheckIns, objectiveBars, riskCounts, shortLabel, trendPoints } from '../dashboardCharts';

describe('objective bars', () => {
  it('pairs each objective’s progress with its time elapsed, one decimal, and keeps undated ones without a second bar', () => {
    const bars = objectiveBars([
      { timeElapsed: 91.61676646706587, health: 'behind', node: { id: 'o1', title: 'Raise market share to 40% in year one', progress: 63.33333 } },
      { timeElapsed: null, health: 'unknown', node: { id: 'o2', title: 'Build the planning system', progress: 80 } },
    ]);
    expect(bars).toEqual([
      { id: 'o1', title: 'Raise market share to 40% in year one', label: 'Raise market share to…', progress: 63.3, elapsed: 91.6, health: 'behind' },
      { id: 'o2', title: 'Build the planning system', label: 'Build the planning sy…', progress: 80, elapsed: null, health: 'unknown' },
    ]);
  });

  it('cuts titles to about the same width in Chinese as in English, never inside a character', () => {
    expect(shortLabel('第一年市场占有率提升到 40%', 16)).toBe('第一年市场占有…');
    expect(shortLabel('Raise market share to 40%', 16)).toBe('Raise market sh…');
    expect(shortLabel('🚀🚀🚀🚀', 5)).toBe('🚀🚀…');
    expect(shortLabel('  Short  ', 10)).toBe('Short');
    expect(shortLabel('Exactly ten', 11)).toBe('Exactly ten');
  });

  it('gives every objective a row of its own, however many there are', () => {
    expect(barChartHeight(0)).toBe(92);
    expect(barChartHeight(200)).toBe(200 * 36 + 56);
  });
});

describe('the trend line', () => {
  const days = (n: number) => Array.from({ length: n }, (_, i) => ({ date: `d${String(i).padStart(4, '0')}`, progress: i / 3 }));

  it('keeps every day of a short history', () => {
    expect(trendPoints(days(3))).toEqual([
      { date: 'd0000', progress: 0 },
      { date: 'd0001', progress: 0.3 },
      { date: 'd0002', progress: 0.7 },
    ]);
  });

  it('thins a long history to at most the limit, oldest first, always ending on today', () => {
    const points = trendPoints(days(1000), 400);
    expect(points.length).toBeLessThanOrEqual(401);
    expect(points[0].date).toBe('d0000');
    expect(points[points.length - 1].date).toBe('d0999');
    expect(points.map((p) => p.date)).toEqual([...points.map((p) => p.date)].sort());
  });
});

describe('check-in activity', () => {
  it('labels weeks by their Monday and rounds the confidence', () => {
    const weeks = [
      { week: '2026-11-23', count: 0, averageConfidence: null },
      { week: '2026-11-30', count: 3, averageConfidence: 3.6666 },
    ];
    expect(checkInBars(weeks)).toEqual([
      { week: '2026-11-23', label: '11-23', count: 0, confidence: null },
      { week: '2026-11-30', label: '11-30', count: 3, confidence: 3.7 },
    ]);
    expect(hasCheckIns(weeks)).toBe(true);
    expect(hasCheckIns(weeks.slice(0, 1))).toBe(false);
  });
});

describe('risk counts', () => {
  it('reads at risk and off track from the status counts, and leaves cancelled work out of the total', () => {
    const counts = [
      { status: 'not_started' as const, count: 4 },
      { status: 'on_track' as const, count: 10 },
      { status: 'at_risk' as const, count: 3 },
      { status: 'off_track' as const, count: 1 },
      { status: 'done' as const, count: 6 },
      { status: 'cancelled' as const, count: 2 },
    ];
    expect(riskCounts(counts, 5)).toEqual({ atRisk: 3, offTrack: 1, overdue: 5, total: 24 });
    expect(riskCounts([], 0)).toEqual({ atRisk: 0, offTrack: 0, overdue: 0, total: 0 });
  });
});
