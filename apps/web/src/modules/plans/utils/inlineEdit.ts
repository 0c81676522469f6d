import { DECIMAL_PATTERN, STATUSES } from '@opsplan/domain';
import type { NodeStatus, PlanActor } from '@opsplan/domain';
import { canAct } from './nodeAccess';
import type { AccessNode } from './nodeAccess';

/** The outline cells a person may edit in place. */
export const INLINE_FIELDS = ['status', 'progress', 'kpiActual', 'owner', 'dueDate'] as const;
export type InlineField = (typeof INLINE_FIELDS)[number];

/** One cell of the outline: a node and one of its fields. */
export interface InlineCell {
  nodeId: string;
  field: InlineField;
}

export const sameCell = (a: InlineCell | null, b: InlineCell): boolean => a !== null && a.nodeId === b.nodeId && a.field === b.field;

/**
 * Which mutation carries a status: an editor changes it with the node's
 * other fields (updateNode, as the drawer's edit form does); someone who may
 * only report (an owner) with their progress report (updateProgress).
 */
export type StatusWrite = 'updateNode' | 'updateProgress';

/** Why a node's progress cell is not a percentage to type, when the viewer could otherwise report on it. */
export type ProgressSource = 'own' | 'rollUp' | 'kpi';

export interface InlineNode extends AccessNode {
  childCount: number;
  kpi: { actual: string | null } | null;
}

/** What this viewer may edit in a row: the same rules as the drawer's edit and progress actions. */
export interface InlineAccess {
  /** Null when the status is not editable. */
  status: StatusWrite | null;
  /** Where the progress comes from; null when the viewer may not report on the node. */
  progress: ProgressSource | null;
  owner: boolean;
  dueDate: boolean;
}

export const NO_INLINE_ACCESS: InlineAccess = { status: null, progress: null, owner: false, dueDate: false };

/** A node with a KPI reports its actual; one with children shows their roll-up; a leaf reports its own percentage. */
export function progressSourceOf(node: InlineNode): ProgressSource {
  if (node.kpi) return 'kpi';
  return node.childCount > 0 ? 'rollUp' : 'own';
}

export function inlineAccessOf(actor: PlanActor | null, node: InlineNode, byId: ReadonlyMap<string, AccessNode>): InlineAccess {
  const update = canAct(actor, 'update', node, byId);
  const progress = canAct(actor, 'progress', node, byId);
  return {
    status: update ? 'updateNode' : progress ? 'updateProgress' : null,
    progress: progress ? progressSourceOf(node) : null,
    owner: update,
    dueDate: update,
  };
}

/** Whether the cell can be activated for editing. */
export function isEditable(access: InlineAccess, field: InlineField): boolean {
  switch (field) {
    case 'status':
      return access.status !== null;
    case 'progress':
      return access.progress === 'own';
    case 'kpiActual':
      return access.progress === 'kpi';
    case 'owner':
      return access.owner;
    case 'dueDate':
      return access.dueDate;
  }
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: 'required' | 'percent' | 'decimal' | 'beforeStart' };

/** A typed percentage: a whole number from 0 to 100 (the input rounds; this is the last word). */
export function parsePercent(value: number | string | null | undefined): Parsed<number> {
  if (value === null || value === undefined || value === '') return { ok: false, error: 'required' };
  const number = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(number) || number < 0 || number > 100) return { ok: false, error: 'percent' };
  return { ok: true, value: Math.round(number) };
}

/** A typed KPI actual: a decimal string as the API stores it, never a float. */
export function parseKpiActual(text: string | null | undefined): Parsed<string> {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return { ok: false, error: 'required' };
  return DECIMAL_PATTERN.test(trimmed) ? { ok: true, value: trimmed } : { ok: false, error: 'decimal' };
}

/** A due date (YYYY-MM-DD, or null to clear it) that is not before the start date. */
export function parseDueDate(dueDate: string | null, startDate: string | null): Parsed<string | null> {
  if (dueDate && startDate && dueDate < startDate) return { ok: false, error: 'beforeStart' };
  return { ok: true, value: dueDate };
}

export const isStatus = (value: unknown): value is NodeStatus => (STATUSES as readonly unknown[]).includes(value);

/** A new value for one cell, as the editors hand it over. */
export type InlineChange =
  | { field: 'status'; value: NodeStatus }
  | { field: 'progress'; value: number }
  | { field: 'kpiActual'; value: string }
  | { field: 'owner'; value: string | null }
  | { field: 'dueDate'; value: string | null };

interface WritableNode {
  id: string;
  status: NodeStatus;
  ownProgress: number;
  dueDate: string | null;
  owner: { id: string } | null;
  kpi: { actual: string | null } | null;
}

/** The mutation and the fields to send for a change; null when nothing changed. Only the changed field is sent, so a re-apply after a conflict leaves the other person's changes alone. */
export type InlineWrite =
  | { mutation: 'updateNode'; fields: { status?: NodeStatus; ownerId?: string | null; dueDate?: string | null } }
  | { mutation: 'updateProgress'; fields: { status?: NodeStatus; progress?: number; kpiActual?: string } };

export function inlineWriteOf(node: WritableNode, change: InlineChange, access: InlineAccess): InlineWrite | null {
  switch (change.field) {
    case 'status':
      if (access.status === null || change.value === node.status) return null;
      return { mutation: access.status, fields: { status: change.value } };
    case 'progress':
      if (access.progress !== 'own' || change.value === Math.round(node.ownProgress)) return null;
      return { mutation: 'updateProgress', fields: { progress: change.value } };
    case 'kpiActual':
      if (access.progress !== 'kpi' || change.value === (node.kpi?.actual ?? null)) return null;
      return { mutation: 'updateProgress', fields: { kpiActual: change.value } };
    case 'owner':
      if (!access.owner || change.value === (node.owner?.id ?? null)) return null;
      return { mutation: 'updateNode', fields: { ownerId: change.value } };
    case 'dueDate':
      if (!access.dueDate || change.value === node.dueDate) return null;
      return { mutation: 'updateNode', fields: { dueDate: change.value } };
  }
}
