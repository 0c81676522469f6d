import { DECIMAL_PATTERN } from '@opsplan/domain';
import { compareDecimals, isPlainDecimal } from '../../templates/utils/decimals';
import type { Dimension, NodeStatus, Recurrence } from '@opsplan/domain';
import type { Dayjs } from 'dayjs';
import type { KpiDirection } from '../../../gql/graphql';

/** The node form's values; dates are dayjs objects in the form and YYYY-MM-DD on the wire. */
export interface NodeFormValues {
  title: string;
  description?: string;
  ownerId?: string;
  departmentId?: string;
  startDate?: Dayjs | null;
  dueDate?: Dayjs | null;
  weight?: number | null;
  dimension?: Dimension;
  status?: NodeStatus;
  useKpi?: boolean;
  kpiName?: string;
  kpiUnit?: string;
  kpiBaseline?: string;
  kpiTarget?: string;
  kpiActual?: string;
  kpiDirection?: KpiDirection;
  recurrence?: Recurrence | null;
  dependsOn?: string[];
}

export const toDateText = (value: Dayjs | null | undefined): string | null => (value ? value.format('YYYY-MM-DD') : null);

export const emptyToNull = (value: string | undefined | null): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** A form rule for KPI figures: decimal strings, as the API stores them (never floats). */
export const decimalRule = (message: string) => ({
  validator: (_: unknown, value: string | undefined) =>
    !value || DECIMAL_PATTERN.test(value.trim()) ? Promise.resolve() : Promise.reject(new Error(message)),
});

/** Whether a typed figure is the stored one ("33.50" and "33.5"), compared exactly as decimals; text that is no plain decimal compares as typed. */
export function sameDecimal(typed: string, stored: string): boolean {
  const [a, b] = [typed.trim(), stored.trim()];
  return isPlainDecimal(a) && isPlainDecimal(b) ? compareDecimals(a, b) === 0 : a === b;
}

interface EditableNode {
  title: string;
  description: string | null;
  owner: { id: string } | null;
  department: { id: string } | null;
  startDate: string | null;
  dueDate: string | null;
  status: NodeStatus;
  weight: number;
  dimension: Dimension;
  dimensionInherited: boolean;
  recurrence: Recurrence | null;
  dependsOn: readonly string[];
}

/** The edit form's starting values for a node. */
export function editValuesOf(node: EditableNode, toDay: (text: string) => Dayjs): NodeFormValues {
  return {
    title: node.title,
    description: node.description ?? undefined,
    ownerId: node.owner?.id,
    departmentId: node.department?.id,
    startDate: node.startDate ? toDay(node.startDate) : null,
    dueDate: node.dueDate ? toDay(node.dueDate) : null,
    weight: node.weight,
    // An inherited dimension is left empty, so saving does not pin it.
    dimension: node.dimensionInherited ? undefined : node.dimension,
    status: node.status,
    recurrence: node.recurrence,
    dependsOn: [...node.dependsOn],
  };
}

export interface NodeEdit {
  title?: string;
  description?: string | null;
  ownerId?: string | null;
  departmentId?: string | null;
  startDate?: string | null;
  dueDate?: string | null;
  status?: NodeStatus;
  weight?: number;
  dimension?: Dimension | null;
  recurrence?: Recurrence | null;
  dependsOn?: string[];
}

/**
 * Only what the person changed is sent, so re-applying after a conflict does
 * not overwrite the other person's changes to fields this person left alone.
 */
export function nodeEditOf(node: EditableNode, values: NodeFormValues): NodeEdit {
  const edit: NodeEdit = {};
  const title = values.title.trim();
  if (title !== node.title) edit.title = title;
  const description = emptyToNull(values.description);
  if (description !== (node.description ?? null)) edit.description = description;
  if ((values.ownerId ?? null) !== (node.owner?.id ?? null)) edit.ownerId = values.ownerId ?? null;
  if ((values.departmentId ?? null) !== (node.department?.id ?? null)) edit.departmentId = values.departmentId ?? null;
  const startDate = toDateText(values.startDate);
  if (startDate !== node.startDate) edit.startDate = startDate;
  const dueDate = toDateText(values.dueDate);
  if (dueDate !== node.dueDate) edit.dueDate = dueDate;
  if (values.status && values.status !== node.status) edit.status = values.status;
  if (typeof values.weight === 'number' && values.weight !== node.weight) edit.weight = values.weight;
  const dimension = values.dimension ?? null;
  if (dimension !== (node.dimensionInherited ? null : node.dimension)) edit.dimension = dimension;
  const recurrence = values.recurrence ?? null;
  if (recurrence !== node.recurrence) edit.recurrence = recurrence;
  // The whole list goes when it changed as a set; the order people pick them in means nothing.
  const dependsOn = values.dependsOn ?? [];
  if (dependsOn.length !== node.dependsOn.length || dependsOn.some((id) => !node.dependsOn.includes(id))) edit.dependsOn = dependsOn;
  return edit;
}
