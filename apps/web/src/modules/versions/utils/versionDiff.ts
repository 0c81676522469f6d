/**
 * How a comparison of two plan versions is shown: one row per node that was
 * added, removed or changed, in that order, each changed field as
 * "before → after" in words a person reads (names rather than ids, translated
 * levels and statuses).
 */
export type DiffKind = 'added' | 'removed' | 'changed';

export interface FieldChangeInput {
  field: string;
  before?: string | null;
  after?: string | null;
  beforeLabel?: string | null;
  afterLabel?: string | null;
}

export interface DiffNodeInput {
  id: string;
  title: string;
  level: string;
}

export interface DiffFieldRow {
  field: string;
  before: string | null;
  after: string | null;
}

export interface DiffRow {
  key: string;
  kind: DiffKind;
  nodeId: string;
  title: string;
  level: string;
  /** Only for changed nodes. */
  changes: DiffFieldRow[];
}

/** Fields whose value is an id: show the name the API resolved instead. */
const ID_FIELDS = new Set(['parent', 'owner', 'department', 'dependsOn']);

export type ValueTranslator = (field: string, value: string) => string;

/** One field's change as it reads: labels for ids, translated codes, null for "(empty)". */
export function presentFieldChange(change: FieldChangeInput, translate: ValueTranslator): DiffFieldRow {
  const side = (value: string | null | undefined, label: string | null | undefined): string | null => {
    if (ID_FIELDS.has(change.field)) return label ?? (value ? value : null);
    if (value === null || value === undefined || value === '') return null;
    return translate(change.field, value);
  };
  return { field: change.field, before: side(change.before, change.beforeLabel), after: side(change.after, change.afterLabel) };
}

export function diffRows(
  comparison: {
    addedNodes: readonly DiffNodeInput[];
    removedNodes: readonly DiffNodeInput[];
    changedNodes: readonly (DiffNodeInput & { changes: readonly FieldChangeInput[] })[];
  },
  translate: ValueTranslator,
): DiffRow[] {
  const plain = (kind: DiffKind) => (node: DiffNodeInput): DiffRow => ({ key: `${kind}:${node.id}`, kind, nodeId: node.id, title: node.title, level: node.level, changes: [] });
  return [
    ...comparison.addedNodes.map(plain('added')),
    ...comparison.removedNodes.map(plain('removed')),
    ...comparison.changedNodes.map((node) => ({
      ...plain('changed')(node),
      changes: node.changes.map((change) => presentFieldChange(change, translate)),
    })),
  ];
}

/** Colours of the diff: added green, removed red, changed amber. */
export const DIFF_COLORS: Record<DiffKind, string> = { added: 'green', removed: 'red', changed: 'gold' };

/** The other version to compare a version with by default: the one before it. */
export function defaultComparePair(versions: readonly { id: string; number: number }[]): { fromId: string; toId: string } | null {
  if (versions.length < 2) return null;
  const sorted = [...versions].sort((a, b) => b.number - a.number);
  return { fromId: (sorted[1] as { id: string }).id, toId: (sorted[0] as { id: string }).id };
}
