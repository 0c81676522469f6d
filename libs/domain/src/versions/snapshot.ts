import type { KpiDirection } from '../cascade/kpi';
import type { Dimension, Level, NodeStatus } from '../cascade/levels';
import type { Recurrence } from '../templates/types';

/**
 * A plan version: the cascade, budget and headcount frozen when a plan is
 * approved (or by hand), kept as JSON and never changed afterwards. `format`
 * says how to read it; a later format may fill sections that are null here
 * (budget and headcount arrive with the budget work), so readers treat an
 * absent or null section as "not planned in this version".
 */
export interface PlanSnapshot {
  format: 1;
  plan: { id: string; year: number; name: string; status: string };
  organization: { name: string; currency: string };
  /** every live node (cancelled ones included, deleted ones not), parents before children */
  nodes: SnapshotNode[];
  /** the people and departments the nodes point at, with their names as they were */
  people: SnapshotPerson[];
  departments: SnapshotDepartment[];
  budget: SnapshotBudget | null;
  headcount: SnapshotHeadcount | null;
}

export interface SnapshotKpi {
  name: string;
  unit: string | null;
  direction: KpiDirection;
  baseline: string;
  target: string;
}

export interface SnapshotNode {
  id: string;
  parentId: string | null;
  level: Level;
  title: string;
  ownerId: string | null;
  departmentId: string | null;
  startDate: string | null;
  dueDate: string | null;
  /** decimal text, as stored */
  weight: string;
  status: NodeStatus;
  kpi: SnapshotKpi | null;
  /*
   * Kept since plan versions record the whole plan of work; absent in versions
   * taken before, which comparisons then treat as unknown (never as a change).
   */
  dimension?: Dimension;
  recurrence?: Recurrence | null;
  /** the nodes that must finish first, as ids */
  dependsOn?: string[];
  /** the checklist's items as planned (their ticks are progress, not plan) */
  checklist?: string[];
}

export interface SnapshotPerson {
  /** the membership id */
  id: string;
  name: string;
}

export interface SnapshotDepartment {
  id: string;
  name: string;
  managerId: string | null;
}

/** A budget line of a scenario (filled by the budget work; money as decimal text). */
export interface SnapshotBudgetLine {
  /** stable across versions: what the diff matches lines by */
  key: string;
  scenario: string;
  departmentId: string | null;
  account: string;
  amount: string;
}

export interface SnapshotBudget {
  lines: SnapshotBudgetLine[];
  /** a department's budget envelope (total it may spend), decimal text */
  envelopes?: { departmentId: string; amount: string }[];
}

/** Standard headcount (年度人力标准配置) per department and position. */
export interface SnapshotHeadcountLine {
  key: string;
  departmentId: string | null;
  position: string;
  count: number;
}

export interface SnapshotHeadcount {
  lines: SnapshotHeadcountLine[];
}

export const SNAPSHOT_FORMAT = 1;
