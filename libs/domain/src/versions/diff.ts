import type { PlanSnapshot, SnapshotKpi, SnapshotNode } from './snapshot';

/** A node field the comparison of two versions reports, with the node property it reads. */
export const NODE_DIFF_FIELDS = [
  'title',
  'level',
  'parent',
  'owner',
  'department',
  'startDate',
  'dueDate',
  'weight',
  'status',
  'kpiName',
  'kpiUnit',
  'kpiDirection',
  'kpiBaseline',
  'kpiTarget',
  'dimension',
  'recurrence',
  'dependsOn',
  'checklist',
] as const;
export type NodeDiffField = (typeof NODE_DIFF_FIELDS)[number];

/** A value as the diff shows it: text (ids, dates, decimals, names) or nothing. */
export type DiffValue = string | null;

export interface FieldChange {
  field: string;
  before: DiffValue;
  after: DiffValue;
}

export interface NodeChange {
  id: string;
  /** the title in the later version */
  title: string;
  changes: FieldChange[];
}

export interface LineChange {
  key: string;
  changes: FieldChange[];
}

/** Lines (budget or headcount) matched by key; `from`/`to` say whether the section existed in each version. */
export interface LinesDiff<T> {
  added: T[];
  removed: T[];
  changed: LineChange[];
}

export interface VersionDiff {
  nodes: { added: SnapshotNode[]; removed: SnapshotNode[]; changed: NodeChange[] };
  budget: LinesDiff<Record<string, unknown>>;
  headcount: LinesDiff<Record<string, unknown>>;
  summary: {
    nodesAdded: number;
    nodesRemoved: number;
    nodesChanged: number;
    /** changed nodes whose KPI (name, unit, direction, baseline or target) changed */
    targetsChanged: number;
    budgetLinesAdded: number;
    budgetLinesRemoved: number;
    budgetLinesChanged: number;
    headcountLinesAdded: number;
    headcountLinesRemoved: number;
    headcountLinesChanged: number;
  };
}

/** The snapshot parts the comparison reads; budget and headcount may be absent (older or earlier versions). */
export type ComparableSnapshot = Pick<PlanSnapshot, 'nodes'> & Partial<Pick<PlanSnapshot, 'budget' | 'headcount'>>;

/**
 * A node's value of one reported field; undefined for a field the version did
 * not record. Dependencies are their ids in order, comma-separated; a checklist
 * is its items' texts as a JSON array. Both are null when empty.
 */
export function nodeFieldValue(node: SnapshotNode, field: NodeDiffField): DiffValue | undefined {
  switch (field) {
    case 'title':
      return node.title;
    case 'level':
      return node.level;
    case 'parent':
      return node.parentId;
    case 'owner':
      return node.ownerId;
    case 'department':
      return node.departmentId;
    case 'startDate':
      return node.startDate;
    case 'dueDate':
      return node.dueDate;
    case 'weight':
      return node.weight;
    case 'status':
      return node.status;
    case 'kpiName':
      return node.kpi?.name ?? null;
    case 'kpiUnit':
      return node.kpi?.unit ?? null;
    case 'kpiDirection':
      return node.kpi?.direction ?? null;
    case 'kpiBaseline':
      return node.kpi?.baseline ?? null;
    case 'kpiTarget':
      return node.kpi?.target ?? null;
    case 'dimension':
      return node.dimension;
    case 'recurrence':
      return node.recurrence;
    case 'dependsOn':
      return node.dependsOn && (node.dependsOn.length > 0 ? [...node.dependsOn].sort().join(',') : null);
    case 'checklist':
      return node.checklist && (node.checklist.length > 0 ? JSON.stringify(node.checklist) : null);
  }
}

/**
 * What changed from one version to another: nodes matched by id (added,
 * removed, and changed with each differing field's old and new value), and
 * budget and headcount lines matched by key. A section missing from either
 * version counts as empty, so a version taken before budgets existed compares
 * with one that has them as "every line added".
 */
export function diffVersions(from: ComparableSnapshot, to: ComparableSnapshot): VersionDiff {
  const before = new Map(from.nodes.map((n) => [n.id, n]));
  const after = new Map(to.nodes.map((n) => [n.id, n]));
  const added = to.nodes.filter((n) => !before.has(n.id));
  const removed = from.nodes.filter((n) => !after.has(n.id));
  const changed: NodeChange[] = [];
  for (const node of to.nodes) {
    const old = before.get(node.id);
    if (!old) continue;
    const changes = NODE_DIFF_FIELDS.flatMap((field) => {
      const [b, a] = [nodeFieldValue(old, field), nodeFieldValue(node, field)];
      // A field one of the versions did not record is unknown there, not changed.
      return b === a || b === undefined || a === undefined ? [] : [{ field, before: b, after: a }];
    });
    if (changes.length > 0) changed.push({ id: node.id, title: node.title, changes });
  }
  const budget = diffLines(from.budget?.lines, to.budget?.lines);
  const headcount = diffLines(from.headcount?.lines, to.headcount?.lines);
  return {
    nodes: { added, removed, changed },
    budget,
    headcount,
    summary: {
      nodesAdded: added.length,
      nodesRemoved: removed.length,
      nodesChanged: changed.length,
      targetsChanged: changed.filter((c) => c.changes.some((f) => f.field.startsWith('kpi'))).length,
      budgetLinesAdded: budget.added.length,
      budgetLinesRemoved: budget.removed.length,
      budgetLinesChanged: budget.changed.length,
      headcountLinesAdded: headcount.added.length,
      headcountLinesRemoved: headcount.removed.length,
      headcountLinesChanged: headcount.changed.length,
    },
  };
}

/** True when the two versions differ in nothing the comparison reports. */
export const isEmptyDiff = (diff: VersionDiff): boolean => Object.values(diff.summary).every((n) => n === 0);

type Line = { key: string };

function diffLines<T extends Line>(from: readonly T[] | undefined, to: readonly T[] | undefined): LinesDiff<Record<string, unknown>> {
  const before = new Map((from ?? []).map((l) => [l.key, l]));
  const after = new Map((to ?? []).map((l) => [l.key, l]));
  const changed: LineChange[] = [];
  for (const line of to ?? []) {
    const old = before.get(line.key);
    if (!old) continue;
    const fields = new Set([...Object.keys(old), ...Object.keys(line)].filter((f) => f !== 'key'));
    const changes = [...fields].flatMap((field) => {
      const [b, a] = [text((old as Record<string, unknown>)[field]), text((line as Record<string, unknown>)[field])];
      return b === a ? [] : [{ field, before: b, after: a }];
    });
    if (changes.length > 0) changed.push({ key: line.key, changes });
  }
  return {
    added: (to ?? []).filter((l) => !before.has(l.key)) as Record<string, unknown>[],
    removed: (from ?? []).filter((l) => !after.has(l.key)) as Record<string, unknown>[],
    changed,
  };
}

const text = (value: unknown): DiffValue => (value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The node set of `from` with a diff applied: removed nodes dropped, added
 * ones put in, changed fields set. Applying diffVersions(a, b) to a gives b's
 * nodes (as a set) when both versions recorded the same fields (a field only
 * one side recorded is not in the diff) and their dependencies in id order,
 * as snapshots keep them; the web can use it to preview a version from another.
 */
export function applyNodeDiff(from: readonly SnapshotNode[], diff: Pick<VersionDiff, 'nodes'>): SnapshotNode[] {
  const removed = new Set(diff.nodes.removed.map((n) => n.id));
  const changes = new Map(diff.nodes.changed.map((c) => [c.id, c.changes]));
  const result = from.filter((n) => !removed.has(n.id)).map((n) => withChanges(n, changes.get(n.id) ?? []));
  return [...result, ...diff.nodes.added];
}

function withChanges(node: SnapshotNode, changes: readonly FieldChange[]): SnapshotNode {
  if (changes.length === 0) return node;
  const values = new Map<string, DiffValue | undefined>(NODE_DIFF_FIELDS.map((f) => [f, nodeFieldValue(node, f)]));
  for (const c of changes) values.set(c.field, c.after);
  const v = (field: NodeDiffField) => values.get(field) ?? null;
  const kpi: SnapshotKpi | null =
    v('kpiName') === null
      ? null
      : { name: v('kpiName') as string, unit: v('kpiUnit'), direction: v('kpiDirection') as SnapshotKpi['direction'], baseline: v('kpiBaseline') as string, target: v('kpiTarget') as string };
  // Fields the version did not record stay unrecorded.
  const recorded = (field: NodeDiffField) => values.get(field) !== undefined;
  return {
    id: node.id,
    parentId: v('parent'),
    level: v('level') as SnapshotNode['level'],
    title: v('title') as string,
    ownerId: v('owner'),
    departmentId: v('department'),
    startDate: v('startDate'),
    dueDate: v('dueDate'),
    weight: v('weight') as string,
    status: v('status') as SnapshotNode['status'],
    kpi,
    ...(recorded('dimension') ? { dimension: v('dimension') as NonNullable<SnapshotNode['dimension']> } : {}),
    ...(recorded('recurrence') ? { recurrence: v('recurrence') as SnapshotNode['recurrence'] } : {}),
    ...(recorded('dependsOn') ? { dependsOn: v('dependsOn')?.split(',') ?? [] } : {}),
    ...(recorded('checklist') ? { checklist: JSON.parse(v('checklist') ?? '[]') as string[] } : {}),
  };
}
