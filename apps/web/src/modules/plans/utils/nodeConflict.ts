import { isGraphQLErrors } from '../../errors/utils/apiErrors';
import { checklistLine } from './checklist';
import type { ChecklistItem } from './checklist';

/** What the API's CONFLICT carries in `extensions.current`: the node as the other person left it. */
export interface NodeConflictView {
  version: number;
  title?: string;
  description?: string | null;
  ownerId?: string | null;
  departmentId?: string | null;
  startDate?: string | null;
  dueDate?: string | null;
  status?: string;
  weight?: number;
  ownProgress?: number;
  dimension?: string | null;
  kpiActual?: string | null;
  recurrence?: string | null;
  checklist?: ChecklistItem[];
}

/** The fields a person edits in the node form or the progress form, compared after a conflict. */
export const CONFLICT_FIELDS = [
  'title',
  'description',
  'ownerId',
  'departmentId',
  'startDate',
  'dueDate',
  'status',
  'weight',
  'ownProgress',
  'kpiActual',
  'recurrence',
  'checklist',
] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

export type NodeValues = Partial<Record<ConflictField, string | number | null>>;

/** The other person's values from a CONFLICT answer; null for any other error. */
export function readNodeConflict(error: unknown): NodeConflictView | null {
  if (!isGraphQLErrors(error)) return null;
  for (const graphQLError of error.errors) {
    const extensions = graphQLError.extensions ?? {};
    const current = extensions['current'];
    if (extensions['code'] === 'CONFLICT' && current && typeof current === 'object') {
      const view = current as Record<string, unknown>;
      if (typeof view['version'] === 'number') return view as unknown as NodeConflictView;
    }
  }
  return null;
}

export interface ConflictChange {
  field: ConflictField;
  theirs: string | number | null;
}

/**
 * What the other person changed since we read the node: the fields whose
 * current value differs from the one we started from.
 */
export function conflictChanges(before: NodeValues, current: NodeConflictView): ConflictChange[] {
  const changes: ConflictChange[] = [];
  for (const field of CONFLICT_FIELDS) {
    if (!(field in current)) continue;
    // A checklist is shown as one line of text, and compared so too, or by its ticks where only those were read.
    const theirs = field === 'checklist' ? (current.checklist ? checklistLine(current.checklist) : null) : ((current[field] ?? null) as string | number | null);
    const ours = before[field] ?? null;
    const compared = field === 'checklist' && isTicks(ours) ? ticksOf(current.checklist ?? []) : theirs;
    if (field in before && compared !== ours) changes.push({ field, theirs });
  }
  return changes;
}

/** A checklist read without its texts (a list row), as its ticks in order: "ticks:110". */
const TICKS = 'ticks:';
const ticksOf = (items: readonly { done: boolean }[]): string => TICKS + items.map((item) => (item.done ? '1' : '0')).join('');
const isTicks = (value: string | number | null): value is string => typeof value === 'string' && value.startsWith(TICKS);

/**
 * A node as this person read it. A list row reads only some fields (no
 * description or weight, a checklist's ticks without texts); a field it did
 * not read is left out, so it is not compared: the other person's value is
 * not news to a row that never showed one.
 */
export interface NodeForConflict {
  title?: string;
  description?: string | null;
  owner?: { id: string } | null;
  department?: { id: string } | null;
  startDate?: string | null;
  dueDate?: string | null;
  status?: string;
  weight?: number;
  ownProgress?: number;
  kpi?: { actual: string | null } | null;
  recurrence?: string | null;
  checklist?: readonly { text?: string; done: boolean }[];
}

/** The node's values as this person read them, to tell what the other person changed: only the fields that were read. */
export function nodeValuesOf(node: NodeForConflict): NodeValues {
  const read: NodeValues = {
    title: node.title,
    description: node.description,
    ownerId: node.owner === undefined ? undefined : (node.owner?.id ?? null),
    departmentId: node.department === undefined ? undefined : (node.department?.id ?? null),
    startDate: node.startDate,
    dueDate: node.dueDate,
    status: node.status,
    weight: node.weight,
    ownProgress: node.ownProgress,
    kpiActual: node.kpi ? node.kpi.actual : undefined,
    recurrence: node.recurrence,
    // A row reads the ticks without the texts: its list is compared by the ticks alone.
    checklist: node.checklist === undefined ? undefined : node.checklist.every(hasText) ? checklistLine(node.checklist) : ticksOf(node.checklist),
  };
  return Object.fromEntries(Object.entries(read).filter(([, value]) => value !== undefined));
}

const hasText = (item: { text?: string; done: boolean }): item is ChecklistItem => item.text !== undefined;
