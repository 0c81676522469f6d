// Limits of a template: the budget's decimal rules (as validateBudget applies
// them to the figures a template resolves to) and the sizes a plan can hold.
import { CHECKLIST_MAX_ITEMS, NODE_DEPENDENCIES_MAX } from '../../cascade/node-rules';
import type { DecimalRule } from './reader';

export const MONEY: DecimalRule = { maxDecimals: 2, maxIntegerDigits: 12, min: '0' };
export const VOLUME: DecimalRule = { maxDecimals: 6, maxIntegerDigits: 12, min: '0' };
export const COUNT: DecimalRule = { maxDecimals: 2, maxIntegerDigits: 7, min: '0' };
export const FACTOR: DecimalRule = { maxDecimals: 6, maxIntegerDigits: 4, min: '0', max: '1000' };
export const RATE: DecimalRule = { maxDecimals: 8, maxIntegerDigits: 2, min: '0', max: '10' };
export const ANNUAL_RATE: DecimalRule = { maxDecimals: 8, maxIntegerDigits: 1, min: '0', max: '1' };
export const TAX_RATE: DecimalRule = { maxDecimals: 8, maxIntegerDigits: 1, min: '0', max: '1', maxExclusive: true };
export const GROWTH: DecimalRule = { maxDecimals: 8, maxIntegerDigits: 1, min: '-1', minExclusive: true, max: '1' };
/** KPI figures as the API carries them (DECIMAL_PATTERN): 13 digits, 4 decimals, may be negative. */
export const KPI_FIGURE: DecimalRule = { maxDecimals: 4, maxIntegerDigits: 13 };
/** A node's weight among its siblings (NODE_WEIGHT_MAX). */
export const WEIGHT: DecimalRule = { maxDecimals: 4, maxIntegerDigits: 4, min: '0', max: '1000' };
/** A factor a parameter is multiplied by (a share, a price per unit); may be negative. */
export const TIMES: DecimalRule = { maxDecimals: 8, maxIntegerDigits: 12 };
/** Numeric parameter values and bounds. */
export const PARAMETER_NUMBER: DecimalRule = { maxDecimals: 8, maxIntegerDigits: 12 };

export const MAX = {
  nodes: 2000,
  departments: 200,
  parameters: 50,
  phases: 24,
  checklist: CHECKLIST_MAX_ITEMS,
  dependsOn: NODE_DEPENDENCIES_MAX,
  roles: 50,
  lines: 500,
  loans: 20,
  /** A template's timeline: up to ten years (a budget covers at most five of them). */
  horizonMonths: 120,
  /** Characters. Titles and checklist items as a node's title; names as departments and lines. */
  title: 500,
  name: 200,
  /** Departments and budgets keep shorter names than lines do. */
  departmentName: 120,
  budgetName: 120,
  description: 20_000,
  kpiName: 120,
  kpiUnit: 32,
  help: 2000,
} as const;

/** A timing must span at least this much of a month, so its first day is never after its last. */
export const MIN_SPAN_MONTHS = 0.1;
