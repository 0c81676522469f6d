import type { NodeStatus } from './levels';
import { clampPercent } from './kpi';

/**
 * Pace: is work as far along as the calendar says it should be? A node's
 * progress is compared with the share of its time that has passed. Dates are
 * calendar days, YYYY-MM-DD, read as the organisation's own calendar.
 */

/**
 * How a node's progress compares with its time elapsed:
 * - ahead: more than HEALTH_TOLERANCE points ahead of the calendar
 * - on_pace: within HEALTH_TOLERANCE points either way
 * - behind: more than HEALTH_TOLERANCE points behind
 * - unknown: no dates to compare with, or cancelled work
 */
export const HEALTHS = ['ahead', 'on_pace', 'behind', 'unknown'] as const;
export type Health = (typeof HEALTHS)[number];

/**
 * Percentage points progress may trail (or lead) the calendar and still be on
 * pace: a project 55% done when 62% of its time has gone is fine; at 50% it is
 * behind. Ten points is about five weeks of a year-long project.
 */
export const HEALTH_TOLERANCE = 10;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date; null when it is not one. */
function dayNumber(date: string): number | null {
  const match = DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Rejects dates such as 2026-02-30 that Date.UTC would roll over.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

/**
 * The share (0–100) of the days from `start` to `due`, both included, that
 * lay behind us when `today` began: 0 on the start day and before, 100 the
 * day after the due date and later (a node is overdue from then on). Null when
 * a date is missing or invalid, or the due date comes before the start.
 */
export function timeElapsed(start: string | null, due: string | null, today: string): number | null {
  if (start === null || due === null) return null;
  const [s, d, now] = [dayNumber(start), dayNumber(due), dayNumber(today)];
  if (s === null || d === null || now === null || d < s) return null;
  return clampPercent(((now - s) / (d - s + 1)) * 100);
}

/** Ahead, on pace or behind: progress (0–100) against time elapsed (0–100, or null when unknown). */
export function health(progress: number, elapsed: number | null): Health {
  if (elapsed === null || !Number.isFinite(progress)) return 'unknown';
  const lead = progress - elapsed;
  if (lead > HEALTH_TOLERANCE) return 'ahead';
  if (lead < -HEALTH_TOLERANCE) return 'behind';
  return 'on_pace';
}

export interface PacedWork {
  progress: number;
  status: NodeStatus;
  startDate: string | null;
  dueDate: string | null;
}

/** A node's time elapsed and health on `today`. Cancelled work has no pace to keep. */
export function paceOf(node: PacedWork, today: string): { timeElapsed: number | null; health: Health } {
  const elapsed = timeElapsed(node.startDate, node.dueDate, today);
  return { timeElapsed: elapsed, health: node.status === 'cancelled' ? 'unknown' : health(node.progress, elapsed) };
}

/**
 * The first and last day of plan year `year` for an organisation whose fiscal
 * year starts in `fiscalYearStartMonth` (1–12). A fiscal year is named after
 * the calendar year it starts in: with April, plan year 2026 runs from
 * 2026-04-01 to 2027-03-31; with January it is the calendar year.
 */
export function planYearBounds(year: number, fiscalYearStartMonth: number): { start: string; end: string } {
  const month = Number.isInteger(fiscalYearStartMonth) && fiscalYearStartMonth >= 1 && fiscalYearStartMonth <= 12 ? fiscalYearStartMonth : 1;
  const start = Date.UTC(year, month - 1, 1);
  const end = Date.UTC(year + 1, month - 1, 1) - DAY_MS;
  return { start: isoDay(start), end: isoDay(end) };
}

/** The plan year `today` (YYYY-MM-DD) falls in, named as planYearBounds names it. */
export function planYearOn(today: string, fiscalYearStartMonth: number): number {
  const month = Number.isInteger(fiscalYearStartMonth) && fiscalYearStartMonth >= 1 && fiscalYearStartMonth <= 12 ? fiscalYearStartMonth : 1;
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= month ? year : year - 1;
}

/**
 * The plan a page opens on: the one of the plan year under way, else the
 * first of `plans` (listed newest first). Next year's draft, made early for
 * the planning cycle, thus does not hide the plan people are working on.
 */
export function currentPlan<P extends { year: number }>(plans: readonly P[], today: string, fiscalYearStartMonth: number): P | undefined {
  const year = planYearOn(today, fiscalYearStartMonth);
  return plans.find((plan) => plan.year === year) ?? plans[0];
}

/** How much of the plan year has passed on `today` (0–100). */
export function planTimeElapsed(year: number, fiscalYearStartMonth: number, today: string): number | null {
  const { start, end } = planYearBounds(year, fiscalYearStartMonth);
  return timeElapsed(start, end, today);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
