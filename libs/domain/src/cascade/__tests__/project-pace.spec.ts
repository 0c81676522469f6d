import { HEALTH_TOLERANCE, health, paceOf, timeElapsed } from '../..';

/** The retail-coverage project runs from 1 February to 31 December 2026 (334 days). */
const START = '2026-02-01';
const DUE = '2026-12-31';

describe('a year-long sales project measured against the calendar', () => {
  it('has used none of its time on its first day and all of it the day after it was due', () => {
    expect(timeElapsed(START, DUE, '2026-01-15')).toBe(0);
    expect(timeElapsed(START, DUE, START)).toBe(0);
    expect(timeElapsed(START, DUE, '2027-01-01')).toBe(100);
    expect(timeElapsed(START, DUE, '2027-06-30')).toBe(100);
  });

  it('has used 306 of its 334 days by 4 December', () => {
    expect(timeElapsed(START, DUE, '2026-12-04')).toBeCloseTo((306 / 334) * 100, 10);
    // the due day itself still counts as time to work in
    expect(timeElapsed(START, DUE, DUE)).toBeCloseTo((333 / 334) * 100, 10);
  });

  it('counts a one-day activity as elapsed once that day is over', () => {
    expect(timeElapsed('2026-05-01', '2026-05-01', '2026-05-01')).toBe(0);
    expect(timeElapsed('2026-05-01', '2026-05-01', '2026-05-02')).toBe(100);
  });

  it('has no time elapsed without both dates, or with dates the calendar does not have', () => {
    expect(timeElapsed(null, DUE, '2026-12-04')).toBeNull();
    expect(timeElapsed(START, null, '2026-12-04')).toBeNull();
    expect(timeElapsed('2026-02-30', DUE, '2026-12-04')).toBeNull();
    expect(timeElapsed(DUE, START, '2026-12-04')).toBeNull();
  });

  it(`is on pace within ${HEALTH_TOLERANCE} points of the calendar, ahead or behind beyond that`, () => {
    expect(health(62, 60)).toBe('on_pace');
    expect(health(60 + HEALTH_TOLERANCE, 60)).toBe('on_pace');
    expect(health(60 - HEALTH_TOLERANCE, 60)).toBe('on_pace');
    expect(health(70.5, 60)).toBe('ahead');
    expect(health(49.5, 60)).toBe('behind');
    expect(health(40, null)).toBe('unknown');
  });

  it('calls the project behind at 55% in December, and leaves a cancelled one without a pace', () => {
    const project = { progress: 55, status: 'at_risk' as const, startDate: START, dueDate: DUE };
    const pace = paceOf(project, '2026-12-04');
    expect(pace.health).toBe('behind');
    expect(pace.timeElapsed).toBeCloseTo(91.6, 1);
    expect(paceOf({ ...project, status: 'cancelled' }, '2026-12-04').health).toBe('unknown');
    expect(paceOf({ ...project, progress: 100, status: 'done' }, '2026-12-04').health).toBe('on_pace');
    expect(paceOf({ ...project, startDate: null }, '2026-12-04')).toEqual({ timeElapsed: null, health: 'unknown' });
  });
});
