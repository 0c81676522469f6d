import { LINE_LISTS } from './changeset';
import type { BudgetChangeset } from './changeset';
import { costStretchRows, positionStretchRows, revenueStretchRows } from './draft';
import type { BudgetDraft, LineKind } from './draft';

// Where a problem belongs in the editor: validateBudget names paths on the
// previewed BudgetInput, the API names paths on the inputs that were sent.

/** A cell of the editor: a line's column, or a field of the financing and stretch settings (kind `settings`, key `settings`). */
export interface CellRef {
  kind: LineKind | 'settings';
  key: string;
  column: string;
}

export const cellId = (cell: CellRef) => `${cell.kind}:${cell.key}:${cell.column}`;

const INDEXED = /^(\w+)\[(\d+)\](?:\.(.*))?$/;

/** The column of a line kind that a field path inside one line names (`volume.values[3]` → `m3`). */
export function columnOfField(kind: LineKind, field: string): string {
  if (field === '' || field === 'id') return kind === 'position' ? 'roleTitle' : 'name';
  if (kind === 'revenue') {
    const month = /^volume\.values\[(\d+)\]$/.exec(field);
    if (month) return `m${month[1]}`;
    if (field === 'volume' || field === 'volume.kind' || field === 'volume.values') return 'volumeKind';
    if (field.startsWith('volume.seasonality')) return 'seasonality';
    if (field.startsWith('volume.')) return field.slice('volume.'.length);
    if (field === 'variableCost.kind') return 'variableCostKind';
    if (field.startsWith('variableCost')) return 'variableCost';
  }
  if (kind === 'cost') {
    if (field === 'amount.kind') return 'amountKind';
    if (field === 'amount' || field === 'rate' || field.startsWith('amount.')) return 'amount';
  }
  return field.split('.')[0];
}

const DOMAIN_LISTS: Record<string, LineKind> = { revenueLines: 'revenue', costLines: 'cost', positions: 'position' };
const STRETCH_COLUMNS: Record<string, Record<string, string>> = {
  revenueLines: { volume: 'stretchVolume', price: 'stretchPrice', variableCost: 'stretchVariableCost', lineId: 'name' },
  costLines: { amount: 'stretchAmount', lineId: 'name' },
  positions: { count: 'stretchCount', positionId: 'roleTitle' },
};

/** The cell a validateBudget path (on the BudgetInput made by draftToInput) names, or null. */
export function cellOfProblemPath(draft: BudgetDraft, path: string): CellRef | null {
  const settings = (column: string): CellRef => ({ kind: 'settings', key: 'settings', column });
  if (path === 'startMonth' || path === 'horizonMonths') return settings(path);
  const stretchLine = /^stretch\.(revenueLines|costLines|positions)\[(\d+)\]\.(\w+)$/.exec(path);
  if (stretchLine) {
    const [, list, index, field] = stretchLine;
    const rows = list === 'revenueLines' ? revenueStretchRows(draft) : list === 'costLines' ? costStretchRows(draft) : positionStretchRows(draft);
    const row = rows[Number(index)];
    return row ? { kind: DOMAIN_LISTS[list], key: row.key, column: STRETCH_COLUMNS[list][field] ?? field } : null;
  }
  const global = /^stretch\.global\.(\w+)$/.exec(path);
  if (global) return settings(`stretch.${global[1]}`);
  if (path.startsWith('financing.loans')) {
    const loan = INDEXED.exec(path.slice('financing.'.length));
    const row = loan ? draft.lines.loan[Number(loan[2])] : undefined;
    return row && loan ? { kind: 'loan', key: row.key, column: columnOfField('loan', loan[3] ?? '') } : null;
  }
  if (path.startsWith('financing.')) return settings(path);
  const line = INDEXED.exec(path);
  if (line && DOMAIN_LISTS[line[1]]) {
    const kind = DOMAIN_LISTS[line[1]];
    const row = draft.lines[kind][Number(line[2])];
    return row ? { kind, key: row.key, column: columnOfField(kind, line[3] ?? '') } : null;
  }
  return null;
}

const INPUT_LISTS: Record<string, LineKind> = { revenueLines: 'revenue', costLines: 'cost', positions: 'position', loans: 'loan' };

/**
 * The cell a BAD_USER_INPUT field of saveBudgetLines or updateBudget names:
 * line paths index the input lists of the changeset that was sent
 * (`positions[0].count`), or name a line not sent by its id
 * (`costLines(<id>).amount`); the settings paths are `financing.ownFunds` and `stretch.volume`.
 */
export function cellOfServerField(changeset: BudgetChangeset, field: string): CellRef | null {
  if (field.startsWith('financing.') || field.startsWith('stretch.') || field === 'startMonth' || field === 'horizonMonths') {
    return { kind: 'settings', key: 'settings', column: field };
  }
  // A line the save did not send is named by its id: `costLines(<id>).amount`.
  const byId = /^(\w+)\(([^)]+)\)(?:\.(.*))?$/.exec(field);
  if (byId && INPUT_LISTS[byId[1]]) {
    const kind = INPUT_LISTS[byId[1]];
    return { kind, key: byId[2], column: columnOfField(kind, byId[3] ?? '') };
  }
  const line = INDEXED.exec(field);
  if (!line || !INPUT_LISTS[line[1]]) return null;
  const kind = INPUT_LISTS[line[1]];
  const key = changeset.rowKeys[LINE_LISTS[kind]][Number(line[2])];
  return key ? { kind, key, column: columnOfField(kind, line[3] ?? '') } : null;
}

