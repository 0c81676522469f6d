import type { BudgetResult } from '@opsplan/domain';
import { centsToNumber, toCents } from './cents';

export interface BreakevenPoint {
  /** Sales volume as a percentage of the responsibility target's (100 = as planned). */
  volume: number;
  revenue: number;
  cost: number;
}

export interface BreakevenChartData {
  points: BreakevenPoint[];
  /** Where the two lines meet, as a multiplier of planned volume (1 = as planned); null when they never do. */
  crossing: number | null;
  /** The engine's breakeven, to mark and label; null without one. */
  marker: { volume: number; revenue: number; multiplier: string; revenueText: string } | null;
  /** Horizon revenue and total cost as planned (volume 100 %). */
  plan: { revenue: number; cost: number };
}

/** Volume range of the chart: from nothing to one and a half times the plan, wider when breakeven lies beyond. */
export const BREAKEVEN_CHART_MAX = 1.5;
const STEP = 0.05;

/**
 * The breakeven chart: horizon revenue and total cost against sales volume,
 * from the engine's breakeven basis. Scaling every line's volume by k gives
 *   revenue(k) = k × R,   cost(k) = k × (R − M) + C,
 * with R revenue as planned, M the contribution margin (revenue less variable
 * and share-of-revenue costs) and C what does not move with volume (fixed
 * monthly amounts, labour, depreciation, interest). The lines cross at
 * k = C / M: the engine's breakeven multiplier.
 */
export function breakevenChartData(result: BudgetResult): BreakevenChartData {
  const R = toCents(result.responsibility.total.revenue);
  const M = toCents(result.breakeven.contributionMargin);
  const C = toCents(result.breakeven.fixedCosts);
  const crossing = M > 0n ? Number(C) / Number(M) : null;

  const be = result.breakeven;
  const marker =
    be.status === 'solved'
      ? { volume: Number(be.volumeMultiplier) * 100, revenue: Number(be.revenue), multiplier: be.volumeMultiplier, revenueText: be.revenue }
      : null;

  const reach = Math.max(crossing ?? 0, marker ? Number(marker.multiplier) : 0);
  const max = reach * 1.2 > BREAKEVEN_CHART_MAX ? Math.ceil((reach * 1.2) / STEP) * STEP : BREAKEVEN_CHART_MAX;
  const revenueAt = (k: number) => k * centsToNumber(R);
  const costAt = (k: number) => centsToNumber(C) + k * centsToNumber(R - M);
  const points: BreakevenPoint[] = [];
  const steps = Math.round(max / STEP);
  for (let i = 0; i <= steps; i++) {
    const k = i * STEP;
    points.push({ volume: round2(k * 100), revenue: round2(revenueAt(k)), cost: round2(costAt(k)) });
  }
  return { points, crossing, marker, plan: { revenue: centsToNumber(R), cost: round2(costAt(1)) } };
}

const round2 = (value: number) => Math.round(value * 100) / 100;
