import { describe, expect, it } from 'vitest';
import { monthLabelStep, timelineLayout } from '../timelineLayout';
import type { TimelineItem, TimelineSpan } from '../timelineLayout';

const item = (key: string, startDate: string | null, dueDate: string | null): TimelineItem => ({ key, kind: 'project', title: key, startDate, dueDate });

// A plan year from April 2026 to March 2027: twelve months across the calendar year's end.
const year = { startDate: '2026-04-01', endDate: '2027-03-31' };
const span = (key: string, items: TimelineItem[], today?: string): TimelineSpan | null =>
  timelineLayout({ ...year, items }, today).rows.find((row) => row.key === key)?.span ?? null;

describe('the timeline’s layout', () => {
  it('shows every month from the start’s to the end’s, across the year end', () => {
    const { months } = timelineLayout({ ...year, items: [] });
    expect(months.map((month) => month.key)).toEqual([
      '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03',
    ]);
    expect(months[9]).toEqual({ key: '2027-01', year: 2027, month: 1 });
  });

  it('places a bar by its share of the months, to the end of its due day', () => {
    // April to June: the first quarter of the year.
    expect(span('q1', [item('q1', '2026-04-01', '2026-06-30')])).toEqual({ left: 0, width: 25 });
    // From the 16th of June (half way through its 30 days) to the last of September: three and a half months.
    const summer = span('summer', [item('summer', '2026-06-16', '2026-09-30')]);
    expect(summer?.left).toBeCloseTo((2.5 / 12) * 100, 10);
    expect(summer?.width).toBeCloseTo((3.5 / 12) * 100, 10);
    // One day in February 2027 (28 days).
    expect(span('day', [item('day', '2027-02-14', '2027-02-14')])?.width).toBeCloseTo((1 / 28 / 12) * 100, 10);
  });

  it('clamps bars to the months shown', () => {
    // Starts a month before and ends a month after: the whole width.
    expect(span('long', [item('long', '2026-03-01', '2027-04-30')])).toEqual({ left: 0, width: 100 });
    // Ends a quarter in, having started before.
    expect(span('early', [item('early', '2025-12-01', '2026-06-30')])).toEqual({ left: 0, width: 25 });
    // Wholly after: nothing left of it, at the right edge.
    expect(span('later', [item('later', '2027-05-01', '2027-06-30')])).toEqual({ left: 100, width: 0 });
    // Due before it starts (bad data): no length rather than a negative one.
    expect(span('backwards', [item('backwards', '2026-09-01', '2026-05-31')])?.width).toBe(0);
  });

  it('gives a row without both dates no bar, keeping it in its place', () => {
    const { rows } = timelineLayout({ ...year, items: [item('heading', null, null), item('open', '2026-04-01', null), item('q1', '2026-04-01', '2026-06-30')] });
    expect(rows.map((row) => [row.key, row.span])).toEqual([
      ['heading', null],
      ['open', null],
      ['q1', { left: 0, width: 25 }],
    ]);
  });

  it('puts today’s marker in the middle of today when today is shown', () => {
    // 1 October is the first day of the seventh month.
    expect(timelineLayout({ ...year, items: [] }, '2026-10-01').today).toBeCloseTo(((6 + 0.5 / 31) / 12) * 100, 10);
    expect(timelineLayout({ ...year, items: [] }, '2026-04-01').today).toBeGreaterThan(0);
    expect(timelineLayout({ ...year, items: [] }, '2027-03-31').today).toBeLessThan(100);
  });

  it('draws no marker when today is outside the months shown, or not given', () => {
    expect(timelineLayout({ ...year, items: [] }, '2026-03-31').today).toBeNull();
    expect(timelineLayout({ ...year, items: [] }, '2027-04-01').today).toBeNull();
    expect(timelineLayout({ ...year, items: [] }).today).toBeNull();
  });

  it('thins the month labels on long timelines, in steps that line up with the years', () => {
    expect([12, 13, 24, 36, 40, 60, 120].map(monthLabelStep)).toEqual([1, 2, 2, 3, 4, 6, 12]);
  });
});
