import type { Health, NodeStatus } from '@opsplan/domain';
import { roundPercent } from '../../plans/utils/pace';

/** An objective as a pair of bars: how far it is, and how much of its time has gone. */
export interface ObjectiveBar {
  id: string;
  title: string;
  /** The title cut to fit beside the bars; the tooltip shows it whole. */
  label: string;
  progress: number;
  /** null without dates: no second bar. */
  elapsed: number | null;
  health: Health;
}

interface PacedObjective {
  timeElapsed: number | null;
  health: Health;
  node: { id: string; title: string; progress: number };
}

export function objectiveBars(objectives: readonly PacedObjective[], maxLabel = 22): ObjectiveBar[] {
  return objectives.map(({ node, timeElapsed, health }) => ({
    id: node.id,
    title: node.title,
    label: shortLabel(node.title, maxLabel),
    progress: roundPercent(node.progress) ?? 0,
    elapsed: roundPercent(timeElapsed),
    health,
  }));
}

// Chinese, Japanese, Korean and full-width characters (and emoji) take two columns of a Latin letter's width.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f000}-\u{1faff}]/u;
const columns = (char: string) => (WIDE.test(char) ? 2 : 1);

/**
 * A title cut to `max` columns, a wide character counting two, with an
 * ellipsis: about as wide on screen in Chinese as in English. Cuts between
 * characters, never inside one.
 */
export function shortLabel(text: string, max: number): string {
  const chars = [...text.trim()];
  if (chars.reduce((sum, char) => sum + columns(char), 0) <= max) return chars.join('');
  let used = 1; // the ellipsis
  const kept: string[] = [];
  for (const char of chars) {
    if (used + columns(char) > max) break;
    used += columns(char);
    kept.push(char);
  }
  return `${kept.join('').trimEnd()}…`;
}

/** Pixels for a horizontal bar chart of `rows` rows, so many objectives scroll rather than squash. */
export function barChartHeight(rows: number, perRow = 36, chrome = 56): number {
  return Math.max(1, rows) * perRow + chrome;
}

export interface TrendPoint {
  date: string;
  progress: number;
}

/**
 * The trend line's points, oldest first. Above `max` points every n-th is
 * kept (and always the last, today's): a line chart slows down past ~1k
 * points and a year of days reads the same with fewer.
 */
export function trendPoints(trend: readonly TrendPoint[], max = 400): TrendPoint[] {
  const points = trend.map((p) => ({ date: p.date, progress: roundPercent(p.progress) ?? 0 }));
  if (points.length <= max) return points;
  const step = Math.ceil(points.length / max);
  const kept = points.filter((_, i) => i % step === 0);
  if (kept[kept.length - 1] !== points[points.length - 1]) kept.push(points[points.length - 1]);
  return kept;
}

export interface CheckInBar {
  week: string;
  /** MM-DD of the week's Monday. */
  label: string;
  count: number;
  /** 1–5, one decimal; null in a week without check-ins. */
  confidence: number | null;
}

export function checkInBars(weeks: readonly { week: string; count: number; averageConfidence: number | null }[]): CheckInBar[] {
  return weeks.map((w) => ({
    week: w.week,
    label: w.week.slice(5),
    count: w.count,
    confidence: w.averageConfidence === null ? null : Math.round(w.averageConfidence * 10) / 10,
  }));
}

export const hasCheckIns = (weeks: readonly { count: number }[]): boolean => weeks.some((w) => w.count > 0);

export interface RiskCounts {
  atRisk: number;
  offTrack: number;
  overdue: number;
  /** Live nodes in all, cancelled left out. */
  total: number;
}

export function riskCounts(statusCounts: readonly { status: NodeStatus; count: number }[], overdue: number): RiskCounts {
  const count = (status: NodeStatus) => statusCounts.find((c) => c.status === status)?.count ?? 0;
  const total = statusCounts.reduce((sum, c) => sum + (c.status === 'cancelled' ? 0 : c.count), 0);
  return { atRisk: count('at_risk'), offTrack: count('off_track'), overdue, total };
}
