import { describe, expect, it } from 'vitest';
import { barGeometry, dateToX, dependencyArrows, draggedDates, ganttScale, onAxis, snapToDays, todayX } from '../ganttGeometry';
import type { GanttScale } from '../ganttGeometry';

const scale: GanttScale = { origin: '2026-10-01', days: 60, dayWidth: 10 };
const layout = { rowHeight: 30, barHeight: 10, top: 20 };

describe('the Gantt axis', () => {
  it('puts a day at whole day widths from the origin, across a month end', () => {
    expect(dateToX('2026-10-01', scale)).toBe(0);
    expect(dateToX('2026-10-20', scale)).toBe(190);
    expect(dateToX('2026-11-01', scale)).toBe(310);
  });

  it('covers every stage and today with two days either side', () => {
    const axis = ganttScale([{ startDate: '2026-10-05', dueDate: '2026-10-20' }], '2026-11-02', 18);
    expect(axis.origin).toBe('2026-10-03');
    expect(axis.days).toBe(33); // Oct 3 … Nov 4
    expect(axis.dayWidth).toBe(18);
  });

  it('opens a cycle far from today on its own bars, leaving today off the axis', () => {
    const nextYear = [{ startDate: '2027-10-01', dueDate: '2027-11-25' }];
    const axis = ganttScale(nextYear, '2026-12-04', 18);
    expect(axis.origin).toBe('2027-09-29');
    expect(onAxis('2026-12-04', axis)).toBe(false);
    expect(onAxis('2027-10-01', axis)).toBe(true);
    // Within a month of the stages, today still widens the axis.
    expect(onAxis('2027-09-10', ganttScale(nextYear, '2027-09-10', 18))).toBe(true);
  });

  it('draws the today line through the middle of today’s column', () => {
    expect(todayX('2026-10-03', scale)).toBe(25);
  });
});

describe('a stage’s bar', () => {
  it('runs from the start of its first day to the end of its due day', () => {
    const bar = barGeometry({ startDate: '2026-10-02', dueDate: '2026-10-04' }, 1, scale, layout);
    expect(bar).toEqual({ x: 10, y: 20 + 30 + 10, width: 30, height: 10 });
  });

  it('is one day wide when it starts and ends the same day', () => {
    expect(barGeometry({ startDate: '2026-10-02', dueDate: '2026-10-02' }, 0, scale, layout).width).toBe(10);
  });
});

describe('dependency arrows', () => {
  it('leave the end of the dependency and enter the start of the dependent', () => {
    const [arrow] = dependencyArrows(
      [
        { id: 'a', startDate: '2026-10-01', dueDate: '2026-10-05', dependsOn: [] },
        { id: 'b', startDate: '2026-10-08', dueDate: '2026-10-10', dependsOn: ['a'] },
      ],
      scale,
      layout,
    );
    // a ends at x 50, mid-row 0 (y 20 + 10 + 5); b starts at x 70, mid-row 1 (y 65).
    expect(arrow).toEqual({ from: 'a', to: 'b', d: 'M 50 35 H 55 V 65 H 70' });
  });

  it('go round between the rows when the dependent starts before the dependency ends', () => {
    const [arrow] = dependencyArrows(
      [
        { id: 'a', startDate: '2026-10-01', dueDate: '2026-10-05', dependsOn: [] },
        { id: 'b', startDate: '2026-10-03', dueDate: '2026-10-10', dependsOn: ['a'] },
      ],
      scale,
      layout,
    );
    expect(arrow?.d).toBe('M 50 35 H 55 V 50 H 15 V 65 H 20');
  });

  it('skip links to stages not on the chart', () => {
    expect(dependencyArrows([{ id: 'b', startDate: '2026-10-03', dueDate: '2026-10-10', dependsOn: ['gone'] }], scale, layout)).toEqual([]);
  });
});

describe('dragging a bar', () => {
  it('snaps the pointer’s movement to the nearest whole day', () => {
    expect(snapToDays(4, 10)).toBe(0);
    expect(snapToDays(6, 10)).toBe(1);
    expect(snapToDays(-26, 10)).toBe(-3);
    expect(Object.is(snapToDays(-4, 10), -0)).toBe(false);
  });

  it('moves both dates when the body is dragged', () => {
    expect(draggedDates({ startDate: '2026-10-30', dueDate: '2026-11-02' }, 'move', 3)).toEqual({ startDate: '2026-11-02', dueDate: '2026-11-05' });
  });

  it('moves only the due date when the right edge is dragged, never before the start', () => {
    const stage = { startDate: '2026-10-10', dueDate: '2026-10-15' };
    expect(draggedDates(stage, 'resize', 2)).toEqual({ startDate: '2026-10-10', dueDate: '2026-10-17' });
    expect(draggedDates(stage, 'resize', -9)).toEqual({ startDate: '2026-10-10', dueDate: '2026-10-10' });
  });

  it('changes nothing when the drag ends where it began', () => {
    expect(draggedDates({ startDate: '2026-10-10', dueDate: '2026-10-15' }, 'move', 0)).toBeNull();
    expect(draggedDates({ startDate: '2026-10-10', dueDate: '2026-10-10' }, 'resize', -2)).toBeNull();
  });
});
