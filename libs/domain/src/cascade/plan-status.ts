/**
 * An annual plan's life: drafted, approved by leadership, archived when the
 * year is over. An approved plan can be reopened as a draft for changes; an
 * archived one can be brought back to approved. Archived plans are read-only.
 */
export const PLAN_STATUSES = ['draft', 'approved', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

const NEXT: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  draft: ['approved', 'archived'],
  approved: ['draft', 'archived'],
  archived: ['approved'],
};

export function canChangePlanStatus(from: PlanStatus, to: PlanStatus): boolean {
  return NEXT[from].includes(to);
}

/** Plan years the product accepts. */
export const PLAN_YEAR_MIN = 2000;
export const PLAN_YEAR_MAX = 2100;
