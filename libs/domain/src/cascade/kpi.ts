/**
 * A key performance indicator on a node. Its progress is where the actual
 * stands on the way from the baseline to the target, so a KPI node needs no
 * hand-typed progress. Values are decimal strings (they may be money).
 */
export type KpiDirection = 'higher_is_better' | 'lower_is_better';

export interface Kpi {
  direction: KpiDirection;
  baseline: string;
  target: string;
  actual: string | null;
}

/**
 * Progress 0–100 of a KPI. Before any actual is reported it is 0; at or
 * beyond the target it is 100; a move away from the target is 0. For
 * lower-is-better KPIs (cost, defects) the way runs downwards. A target equal
 * to the baseline is met (100) once the actual is at or past it.
 */
export function kpiProgress(kpi: Kpi): number {
  if (kpi.actual === null || kpi.actual.trim() === '') return 0;
  const baseline = Number(kpi.baseline);
  const target = Number(kpi.target);
  const actual = Number(kpi.actual);
  if (![baseline, target, actual].every(Number.isFinite)) return 0;
  const sign = kpi.direction === 'higher_is_better' ? 1 : -1;
  const span = (target - baseline) * sign;
  const moved = (actual - baseline) * sign;
  if (span <= 0) return moved >= span ? 100 : 0;
  return clampPercent((moved / span) * 100);
}

export function clampPercent(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, value));
}
