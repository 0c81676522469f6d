import type { Health } from '@opsplan/domain';

export const HEALTH_COLORS: Record<Health, string> = {
  ahead: 'blue',
  on_pace: 'green',
  behind: 'red',
  unknown: 'default',
};

/** Bar colours for charts and progress bars, matching the tags. */
export const HEALTH_STROKES: Record<Health, string> = {
  ahead: '#1677ff',
  on_pace: '#52c41a',
  behind: '#ff4d4f',
  unknown: '#8c8c8c',
};

/** A 0–100 figure with one decimal, or null kept as null. */
export function roundPercent(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}
