import type { Level, NodeStatus } from '@opsplan/domain';
import { formatAmount } from '../../budget/utils/formatAmount';

/** Ant Design preset colours (or its default grey), for tags and the timeline's bars alike. */
export const STATUS_COLORS = {
  not_started: 'default',
  on_track: 'green',
  at_risk: 'orange',
  off_track: 'red',
  done: 'blue',
  cancelled: 'default',
} as const satisfies Record<NodeStatus, string>;

export const LEVEL_COLORS: Record<Level, string> = {
  strategy: 'purple',
  objective: 'geekblue',
  project: 'cyan',
  task: 'default',
  activity: 'default',
};

/** Progress arrives as 0–100 with decimals; people read whole percents. */
export const toPercent = (value: number): number => Math.round(value);

/**
 * A progress bar's figure, as its `format`: without one, antd shows an icon
 * instead of the figure for an exception (off track, the weakest dimension)
 * and for 100 %.
 */
export const percentText = (percent?: number): string => `${percent ?? 0}%`;

/** A KPI figure (decimal string) with its unit and its thousands grouped, e.g. "1,200 万元"; its decimals as entered. */
export function kpiFigure(value: string | null | undefined, unit: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const decimals = value.split('.')[1]?.length ?? 0;
  const figure = formatAmount(value, 'en', { decimals });
  return unit ? `${figure} ${unit}` : figure;
}
