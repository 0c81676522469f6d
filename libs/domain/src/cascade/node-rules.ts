import type { NodeStatus } from './levels';

/** Limits of a node's free text, in characters (Unicode code points). */
export const NODE_TITLE_MAX_LENGTH = 500;
export const NODE_DESCRIPTION_MAX_LENGTH = 20_000;
export const CHECK_IN_NOTE_MAX_LENGTH = 2_000;
export const COMMENT_MAX_LENGTH = 5_000;
export const KPI_NAME_MAX_LENGTH = 120;
export const KPI_UNIT_MAX_LENGTH = 32;

/** A node's checklist (items ticked off one by one) and its dependencies on other nodes of the plan that must finish first. */
export const CHECKLIST_MAX_ITEMS = 100;
export const CHECKLIST_ITEM_MAX_LENGTH = 500;
export const NODE_DEPENDENCIES_MAX = 20;

/** A node's relative weight among its siblings. */
export const NODE_WEIGHT_MAX = 1_000;

/** Check-in confidence: 1 (will miss) to 5 (certain). */
export const CONFIDENCE_MIN = 1;
export const CONFIDENCE_MAX = 5;

/**
 * A decimal as the API carries KPI figures (they may be money): up to 13
 * integer digits and 4 decimals, no exponent, no NaN or Infinity.
 */
export const DECIMAL_PATTERN = /^-?\d{1,13}(\.\d{1,4})?$/;

export function isDecimalString(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

/** A node is overdue once its due date (YYYY-MM-DD) has passed and it is neither done nor cancelled. */
export function isOverdue(dueDate: string | null, status: NodeStatus, today: string): boolean {
  return dueDate !== null && dueDate < today && status !== 'done' && status !== 'cancelled';
}
