import type { ActualLineKind, BudgetActualEntry, BudgetInput, VarianceRow } from '@opsplan/domain';
import { cleanDecimal } from '../utils/decimalText';
import { toCents } from './cents';

/** A saved actual as the API returns it. */
export interface SavedActual {
  id: string;
  lineKind: ActualLineKind;
  lineId: string;
  month: string;
  amount: string;
  version: number;
}

/** What setBudgetActuals takes for one cell: amount null removes the entry; version when replacing or removing one. */
export interface ActualChange {
  lineKind: ActualLineKind;
  lineId: string;
  month: string;
  amount: string | null;
  version?: number;
}

/** A line of the actuals grid: a revenue line, a cost line or a headcount position (its labour cost). */
export interface ActualLine {
  lineKind: ActualLineKind;
  lineId: string;
  name: string;
  departmentId: string | null;
}

/**
 * A cell someone has typed in and not saved yet: the text as typed (cleaned of
 * grouping and currency signs; "" clears the cell) and the saved entry it
 * was typed over, so a save sends that entry's version and a change made by
 * someone else in the meantime shows as a conflict instead of being overwritten.
 */
export interface DraftCell {
  lineKind: ActualLineKind;
  lineId: string;
  month: string;
  text: string;
  base: { amount: string; version: number } | null;
}

export const cellKey = (lineKind: ActualLineKind, lineId: string, month: string) => `${lineKind}:${lineId}:${month}`;

const ACTUAL_KINDS: readonly string[] = ['revenue', 'cost', 'position'] satisfies ActualLineKind[];

/** The API's actuals by cell. Loans have no actuals of their own; an entry of any other kind is left out. */
export function indexActuals(actuals: readonly (Omit<SavedActual, 'lineKind'> & { lineKind: string })[]): Map<string, SavedActual> {
  const index = new Map<string, SavedActual>();
  for (const a of actuals) if (ACTUAL_KINDS.includes(a.lineKind)) index.set(cellKey(a.lineKind as ActualLineKind, a.lineId, a.month), a as SavedActual);
  return index;
}

/** The lines of the grid in the order of the drivers: revenue, then cost lines, then positions. */
export function actualLines(input: BudgetInput): ActualLine[] {
  return [
    ...input.revenueLines.map((line) => ({ lineKind: 'revenue' as const, lineId: line.id, name: line.name, departmentId: null })),
    ...input.costLines.map((line) => ({ lineKind: 'cost' as const, lineId: line.id, name: line.name, departmentId: line.departmentId })),
    ...input.positions.map((position) => ({ lineKind: 'position' as const, lineId: position.id, name: position.roleTitle, departmentId: position.departmentId })),
  ];
}

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** A typed actual: "" (clear), a valid amount (≥ 0, at most two decimals), or invalid. */
export function parseActual(text: string): { kind: 'empty' } | { kind: 'amount'; amount: string } | { kind: 'invalid' } {
  const cleaned = cleanDecimal(text);
  if (cleaned === '') return { kind: 'empty' };
  return AMOUNT.test(cleaned) ? { kind: 'amount', amount: cleaned } : { kind: 'invalid' };
}

/**
 * The entries to send for the cells typed in: only cells whose value differs
 * from the entry they were typed over (so "1200" over a saved "1200.00" sends
 * nothing), each with that entry's version; a cleared cell removes its entry.
 * Cells that are not valid amounts are listed in `invalid` and not sent.
 */
export function actualsChangeset(draft: readonly DraftCell[]): { entries: ActualChange[]; invalid: string[] } {
  const entries: ActualChange[] = [];
  const invalid: string[] = [];
  for (const cell of draft) {
    const parsed = parseActual(cell.text);
    if (parsed.kind === 'invalid') {
      invalid.push(cellKey(cell.lineKind, cell.lineId, cell.month));
      continue;
    }
    const amount = parsed.kind === 'amount' ? parsed.amount : null;
    if (amount === null && cell.base === null) continue;
    if (amount !== null && cell.base !== null && toCents(amount) === toCents(cell.base.amount)) continue;
    entries.push({
      lineKind: cell.lineKind,
      lineId: cell.lineId,
      month: cell.month,
      amount,
      ...(cell.base ? { version: cell.base.version } : {}),
    });
  }
  return { entries, invalid };
}

export interface ActualConflict {
  key: string;
  cell: DraftCell;
  /** What is saved now: the other person's value, or null when they removed it. */
  theirs: SavedActual | null;
}

/** Cells typed over an entry that has changed since (saved by someone else, added or removed). */
export function actualConflicts(draft: readonly DraftCell[], saved: ReadonlyMap<string, SavedActual>): ActualConflict[] {
  const conflicts: ActualConflict[] = [];
  for (const cell of draft) {
    const key = cellKey(cell.lineKind, cell.lineId, cell.month);
    const theirs = saved.get(key) ?? null;
    if ((cell.base?.version ?? null) !== (theirs?.version ?? null)) conflicts.push({ key, cell, theirs });
  }
  return conflicts;
}

/** Re-apply: keep the typed values, now typed over what is saved. */
export function rebaseDraft(draft: readonly DraftCell[], saved: ReadonlyMap<string, SavedActual>, keys?: ReadonlySet<string>): DraftCell[] {
  return draft.map((cell) => {
    const key = cellKey(cell.lineKind, cell.lineId, cell.month);
    if (keys && !keys.has(key)) return cell;
    const current = saved.get(key);
    return { ...cell, base: current ? { amount: current.amount, version: current.version } : null };
  });
}

/**
 * A block pasted from Excel or another spreadsheet (tab-separated columns,
 * one row per line) placed from the given cell, right and down; what falls
 * outside the grid is left out. Values are cleaned as typed ones are.
 */
export function pastedCells(text: string, from: { row: number; col: number }, size: { rows: number; cols: number }): { row: number; col: number; text: string }[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const cells: { row: number; col: number; text: string }[] = [];
  lines.forEach((line, r) => {
    line.split('\t').forEach((value, c) => {
      const row = from.row + r;
      const col = from.col + c;
      if (row < size.rows && col < size.cols) cells.push({ row, col, text: cleanDecimal(value) });
    });
  });
  return cells;
}

/** The saved actuals as the domain's variance functions take them. */
export function actualEntries(saved: ReadonlyMap<string, SavedActual>): BudgetActualEntry[] {
  return [...saved.values()].map(({ lineKind, lineId, month, amount }) => ({ lineKind, lineId, month, amount }));
}

export type VarianceTone = 'favourable' | 'unfavourable' | 'neutral';

/** Green for more revenue or less cost than planned, red for the opposite, plain when actual equals plan. */
export function varianceTone(row: Pick<VarianceRow, 'variance' | 'favourable'>): VarianceTone {
  if (toCents(row.variance) === 0n) return 'neutral';
  return row.favourable ? 'favourable' : 'unfavourable';
}

export const TONE_COLORS: Record<VarianceTone, string | undefined> = {
  favourable: '#389e0d',
  unfavourable: '#cf1322',
  neutral: undefined,
};
