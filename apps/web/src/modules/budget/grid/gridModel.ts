// The driver grid's keyboard and clipboard rules, kept apart from React so
// they can be read and tested on their own: where a key moves the focus, what
// a key does while a cell is (not) being edited, and how a block copied from
// Excel lands on the grid.

export interface CellPos {
  row: number;
  col: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'previous' | 'rowStart' | 'rowEnd' | 'first' | 'last' | 'pageUp' | 'pageDown';

const PAGE = 10;
const clamp = (value: number, max: number) => Math.max(0, Math.min(value, max));

/**
 * The cell a move leads to. Arrows stop at the edges; Tab (`next`) runs on to
 * the first cell of the next row and Shift+Tab back, as in a spreadsheet.
 */
export function moveFocus(pos: CellPos, move: Move, size: GridSize): CellPos {
  const lastRow = Math.max(size.rows - 1, 0);
  const lastCol = Math.max(size.cols - 1, 0);
  switch (move) {
    case 'up':
      return { row: clamp(pos.row - 1, lastRow), col: pos.col };
    case 'down':
      return { row: clamp(pos.row + 1, lastRow), col: pos.col };
    case 'pageUp':
      return { row: clamp(pos.row - PAGE, lastRow), col: pos.col };
    case 'pageDown':
      return { row: clamp(pos.row + PAGE, lastRow), col: pos.col };
    case 'left':
      return { row: pos.row, col: clamp(pos.col - 1, lastCol) };
    case 'right':
      return { row: pos.row, col: clamp(pos.col + 1, lastCol) };
    case 'rowStart':
      return { row: pos.row, col: 0 };
    case 'rowEnd':
      return { row: pos.row, col: lastCol };
    case 'first':
      return { row: 0, col: 0 };
    case 'last':
      return { row: lastRow, col: lastCol };
    case 'next':
      if (pos.col < lastCol) return { row: pos.row, col: pos.col + 1 };
      return pos.row < lastRow ? { row: pos.row + 1, col: 0 } : pos;
    case 'previous':
      if (pos.col > 0) return { row: pos.row, col: pos.col - 1 };
      return pos.row > 0 ? { row: pos.row - 1, col: lastCol } : pos;
  }
}

export interface KeyPress {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export type GridAction =
  | { type: 'move'; move: Move }
  /** Start editing the focused cell; `text` replaces its content (typing starts an edit), absent keeps it (Enter, F2). */
  | { type: 'edit'; text?: string }
  /** Save the edit, then move (or stay). */
  | { type: 'commit'; move: Move | null }
  | { type: 'cancel' }
  | { type: 'clear' }
  | { type: 'none' };

/** What a key does, in the grid (`editing` false) or in the cell editor. */
export function keyAction(press: KeyPress, editing: boolean): GridAction {
  const command = press.ctrlKey || press.metaKey;
  if (editing) {
    if (press.key === 'Escape') return { type: 'cancel' };
    if (press.key === 'Enter') return { type: 'commit', move: press.shiftKey ? 'up' : 'down' };
    if (press.key === 'Tab') return { type: 'commit', move: press.shiftKey ? 'previous' : 'next' };
    return { type: 'none' };
  }
  switch (press.key) {
    case 'ArrowUp':
      return { type: 'move', move: command ? 'first' : 'up' };
    case 'ArrowDown':
      return { type: 'move', move: command ? 'last' : 'down' };
    case 'ArrowLeft':
      return { type: 'move', move: command ? 'rowStart' : 'left' };
    case 'ArrowRight':
      return { type: 'move', move: command ? 'rowEnd' : 'right' };
    case 'Tab':
      return { type: 'move', move: press.shiftKey ? 'previous' : 'next' };
    case 'Home':
      return { type: 'move', move: command ? 'first' : 'rowStart' };
    case 'End':
      return { type: 'move', move: command ? 'last' : 'rowEnd' };
    case 'PageUp':
      return { type: 'move', move: 'pageUp' };
    case 'PageDown':
      return { type: 'move', move: 'pageDown' };
    case 'Enter':
    case 'F2':
      return { type: 'edit' };
    case 'Delete':
    case 'Backspace':
      return { type: 'clear' };
  }
  // A printable character starts an edit with it, as typing into a spreadsheet cell does.
  if (press.key.length === 1 && !command && !press.altKey) return { type: 'edit', text: press.key };
  // An input method (Chinese, Japanese) starting to compose: open an empty editor to compose into.
  if (press.key === 'Process') return { type: 'edit', text: '' };
  return { type: 'none' };
}

/**
 * Tab-separated text as Excel and other spreadsheets put it on the clipboard:
 * rows end with CR LF or LF (the last one usually too), cells are separated by
 * tabs, and a cell holding a tab, a line break or a quote is quoted with
 * doubled quotes inside.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  let atCellStart = true;
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        i += 1;
        continue;
      }
      cell += char;
      i += 1;
      continue;
    }
    if (char === '"' && atCellStart) {
      quoted = true;
      atCellStart = false;
      i += 1;
      continue;
    }
    if (char === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
      i += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    cell += char;
    atCellStart = false;
    i += 1;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface CellUpdate {
  row: number;
  col: number;
  text: string;
}

export interface PastePlan {
  updates: CellUpdate[];
  /** Rows to add at the end first, when the block runs past the last row. */
  addRows: number;
  /** Columns of the block beyond the grid's last column, left out. */
  droppedColumns: number;
}

/**
 * Where a pasted block goes: its top-left cell on the focused cell, each
 * value on the cell to the right and below. Rows past the end are added
 * (when the grid may grow); columns past the last are left out.
 */
export function planPaste(block: readonly (readonly string[])[], focus: CellPos, size: GridSize, canAddRows: boolean): PastePlan {
  const width = block.reduce((max, row) => Math.max(max, row.length), 0);
  const fits = Math.max(0, Math.min(width, size.cols - focus.col));
  const wanted = focus.row + block.length - size.rows;
  const addRows = canAddRows ? Math.max(0, wanted) : 0;
  const lastRow = size.rows + addRows - 1;
  const updates: CellUpdate[] = [];
  block.forEach((values, r) => {
    const row = focus.row + r;
    if (row > lastRow) return;
    values.slice(0, fits).forEach((text, c) => updates.push({ row, col: focus.col + c, text }));
  });
  return { updates, addRows, droppedColumns: Math.max(0, width - fits) };
}

/** A column as the paste sees it: whether a row takes a value there, and what the row becomes with it. */
export interface PasteColumn<R> {
  editable: (row: R) => boolean;
  /** The row with the cell set from text; null when the text means nothing there (e.g. no such choice). */
  parse: (row: R, text: string) => R | null;
}

export interface PasteResult<R> {
  rows: R[];
  applied: number;
  /** Cells not taken: read-only there, or text the column cannot read. */
  skipped: CellUpdate[];
}

/**
 * Applies a paste plan left to right, row by row, so that a cell set earlier
 * in the row decides whether a later one is editable (a volume kind pasted as
 * "monthly" opens the month columns that follow it).
 */
export function applyPaste<R>(rows: readonly R[], columns: readonly PasteColumn<R>[], plan: PastePlan, newRow: () => R): PasteResult<R> {
  const next = [...rows, ...Array.from({ length: plan.addRows }, newRow)];
  const skipped: CellUpdate[] = [];
  let applied = 0;
  for (const update of plan.updates) {
    const column = columns[update.col];
    const row = next[update.row];
    if (!column || row === undefined || !column.editable(row)) {
      skipped.push(update);
      continue;
    }
    const changed = column.parse(row, update.text);
    if (changed === null) {
      skipped.push(update);
      continue;
    }
    next[update.row] = changed;
    applied += 1;
  }
  return { rows: next, applied, skipped };
}

/** Rows drawn at a time once a grid is long: the rows in view and this many either side. */
export const WINDOW_FROM_ROWS = 60;
export const WINDOW_OVERSCAN = 8;

export interface RowWindow {
  /** First row drawn (inclusive) and the row after the last one drawn. */
  first: number;
  last: number;
  /** Heights of the empty rows standing in for the rows above and below. */
  padTop: number;
  padBottom: number;
}

/**
 * Which rows of a scrolled grid to draw. A long grid draws only what is in
 * view (and a few rows either side): every drawn row with sticky cells is a
 * layer the browser composites again on each keystroke, and a thousand of
 * them made typing lag by half a second.
 */
export function rowWindow(rowCount: number, rowHeight: number, scrollTop: number, viewHeight: number): RowWindow {
  if (rowCount <= WINDOW_FROM_ROWS || rowHeight <= 0) return { first: 0, last: rowCount, padTop: 0, padBottom: 0 };
  const first = Math.max(0, Math.min(rowCount - 1, Math.floor(scrollTop / rowHeight)) - WINDOW_OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewHeight) / rowHeight) + WINDOW_OVERSCAN);
  return { first, last, padTop: first * rowHeight, padBottom: (rowCount - last) * rowHeight };
}

/** The scroll position that brings `row` into view below a sticky header, or null when it already is. */
export function scrollToRow(row: number, rowHeight: number, headerHeight: number, scrollTop: number, viewHeight: number): number | null {
  const top = row * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (headerHeight + bottom > scrollTop + viewHeight) return headerHeight + bottom - viewHeight;
  return null;
}
