import { DIMENSIONS } from '@opsplan/domain';
import type { Dimension } from '@opsplan/domain';

interface DimensionScoreLike {
  dimension: Dimension;
  /** 0–1; null when the plan has no node of this dimension. */
  progress: number | null;
}

export interface DimensionDisplay {
  dimension: Dimension;
  /** 0–100, rounded; null for an absent dimension (shown as "—", never as 0). */
  percent: number | null;
  weakest: boolean;
}

export const ABSENT = '—';

/** The three dimensions in their fixed order, with the weakest present one marked. */
export function dimensionsForDisplay(scores: readonly DimensionScoreLike[], weakest: Dimension | null): DimensionDisplay[] {
  const byDimension = new Map(scores.map((score) => [score.dimension, score.progress]));
  const present = scores.filter((score): score is { dimension: Dimension; progress: number } => score.progress !== null);
  // The API names the weakest; fall back to the lowest present score if it does not.
  const lowest = weakest ?? present.sort((a, b) => a.progress - b.progress)[0]?.dimension ?? null;
  return DIMENSIONS.map((dimension) => {
    const progress = byDimension.get(dimension) ?? null;
    return {
      dimension,
      percent: progress === null ? null : Math.round(progress * 1000) / 10,
      weakest: progress !== null && dimension === lowest,
    };
  });
}

/** The index (a product of 0–1 scores) as a percentage; "—" when no dimension is present. */
export function formatIndex(index: number | null): string {
  return index === null ? ABSENT : `${(index * 100).toFixed(1)}%`;
}
