import { describe, expect, it } from 'vitest';
import { applyPaste, keyAction, moveFocus, parseTsv, planPaste, rowWindow, scrollToRow, WINDOW_FROM_ROWS, WINDOW_OVERSCAN } from '../gridModel';
import type { PasteColumn } from '../gridModel';

const size = { rows: 3, cols: 4 };

describe('moving the focus', () => {
  it('moves by arrows and stops at the edges', () => {
    expect(moveFocus({ row: 1, col: 1 }, 'up', size)).toEqual({ row: 0, col: 1 });
    expect(moveFocus({ row: 0, col: 1 }, 'up', size)).toEqual({ row: 0, col: 1 });
    expect(moveFocus({ row: 2, col: 1 }, 'down', size)).toEqual({ row: 2, col: 1 });
    expect(moveFocus({ row: 1, col: 0 }, 'left', size)).toEqual({ row: 1, col: 0 });
    expect(moveFocus({ row: 1, col: 3 }, 'right', size)).toEqual({ row: 1, col: 3 });
    expect(moveFocus({ row: 1, col: 2 }, 'right', size)).toEqual({ row: 1, col: 3 });
  });

  it('runs Tab on to the next row and Shift+Tab back to the previous one', () => {
    expect(moveFocus({ row: 0, col: 2 }, 'next', size)).toEqual({ row: 0, col: 3 });
    expect(moveFocus({ row: 0, col: 3 }, 'next', size)).toEqual({ row: 1, col: 0 });
    expect(moveFocus({ row: 2, col: 3 }, 'next', size)).toEqual({ row: 2, col: 3 });
    expect(moveFocus({ row: 1, col: 0 }, 'previous', size)).toEqual({ row: 0, col: 3 });
    expect(moveFocus({ row: 0, col: 0 }, 'previous', size)).toEqual({ row: 0, col: 0 });
  });

  it('jumps to the row ends, the corners and by pages', () => {
    expect(moveFocus({ row: 1, col: 2 }, 'rowStart', size)).toEqual({ row: 1, col: 0 });
    expect(moveFocus({ row: 1, col: 0 }, 'rowEnd', size)).toEqual({ row: 1, col: 3 });
    expect(moveFocus({ row: 1, col: 2 }, 'first', size)).toEqual({ row: 0, col: 0 });
    expect(moveFocus({ row: 0, col: 0 }, 'last', size)).toEqual({ row: 2, col: 3 });
    expect(moveFocus({ row: 15, col: 1 }, 'pageUp', { rows: 30, cols: 2 })).toEqual({ row: 5, col: 1 });
    expect(moveFocus({ row: 25, col: 1 }, 'pageDown', { rows: 30, cols: 2 })).toEqual({ row: 29, col: 1 });
  });
});

describe('what a key does', () => {
  it('moves, edits and clears while browsing the grid', () => {
    expect(keyAction({ key: 'ArrowDown' }, false)).toEqual({ type: 'move', move: 'down' });
    expect(keyAction({ key: 'ArrowDown', ctrlKey: true }, false)).toEqual({ type: 'move', move: 'last' });
    expect(keyAction({ key: 'Tab', shiftKey: true }, false)).toEqual({ type: 'move', move: 'previous' });
    expect(keyAction({ key: 'Enter' }, false)).toEqual({ type: 'edit' });
    expect(keyAction({ key: 'F2' }, false)).toEqual({ type: 'edit' });
    expect(keyAction({ key: 'Delete' }, false)).toEqual({ type: 'clear' });
  });

  it('starts an edit with the character typed, but not with shortcuts', () => {
    expect(keyAction({ key: '7' }, false)).toEqual({ type: 'edit', text: '7' });
    expect(keyAction({ key: '租' }, false)).toEqual({ type: 'edit', text: '租' });
    expect(keyAction({ key: 'c', ctrlKey: true }, false)).toEqual({ type: 'none' });
    expect(keyAction({ key: 'v', metaKey: true }, false)).toEqual({ type: 'none' });
    expect(keyAction({ key: 'Shift', shiftKey: true }, false)).toEqual({ type: 'none' });
    // An input method composing Chinese opens an empty editor.
    expect(keyAction({ key: 'Process' }, false)).toEqual({ type: 'edit', text: '' });
  });

  it('commits with Enter or Tab and cancels with Escape while editing', () => {
    expect(keyAction({ key: 'Enter' }, true)).toEqual({ type: 'commit', move: 'down' });
    expect(keyAction({ key: 'Enter', shiftKey: true }, true)).toEqual({ type: 'commit', move: 'up' });
    expect(keyAction({ key: 'Tab' }, true)).toEqual({ type: 'commit', move: 'next' });
    expect(keyAction({ key: 'Escape' }, true)).toEqual({ type: 'cancel' });
    // Arrows move the caret inside the editor, typing types.
    expect(keyAction({ key: 'ArrowLeft' }, true)).toEqual({ type: 'none' });
    expect(keyAction({ key: 'x' }, true)).toEqual({ type: 'none' });
  });
});

describe('reading a block copied from Excel', () => {
  it('splits rows on CR LF or LF and cells on tabs, ignoring the final line break', () => {
    expect(parseTsv('Rent\t15000\r\nPower\t4200.50\r\n')).toEqual([
      ['Rent', '15000'],
      ['Power', '4200.50'],
    ]);
    expect(parseTsv('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps empty cells, including a trailing one', () => {
    expect(parseTsv('a\t\tc\t\n')).toEqual([['a', '', 'c', '']]);
    expect(parseTsv('\n')).toEqual([['']]);
  });

  it('reads quoted cells holding tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"Shop\trent"\t"say ""hi"""\n"two\nlines"\t5\n')).toEqual([
      ['Shop\trent', 'say "hi"'],
      ['two\nlines', '5'],
    ]);
  });

  it('takes a quote inside a cell literally', () => {
    expect(parseTsv('12" pizza\t30')).toEqual([['12" pizza', '30']]);
  });
});

describe('planning a paste', () => {
  it('lays the block from the focused cell, adding rows past the end', () => {
    const plan = planPaste(
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ],
      { row: 1, col: 2 },
      size,
      true,
    );
    expect(plan.addRows).toBe(1);
    expect(plan.droppedColumns).toBe(0);
    expect(plan.updates).toEqual([
      { row: 1, col: 2, text: 'a' },
      { row: 1, col: 3, text: 'b' },
      { row: 2, col: 2, text: 'c' },
      { row: 2, col: 3, text: 'd' },
      { row: 3, col: 2, text: 'e' },
      { row: 3, col: 3, text: 'f' },
    ]);
  });

  it('leaves out columns past the last and, when the grid may not grow, rows past the end', () => {
    const plan = planPaste([['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']], { row: 1, col: 2 }, size, false);
    expect(plan.addRows).toBe(0);
    expect(plan.droppedColumns).toBe(1);
    expect(plan.updates).toEqual([
      { row: 1, col: 2, text: '1' },
      { row: 1, col: 3, text: '2' },
      { row: 2, col: 2, text: '4' },
      { row: 2, col: 3, text: '5' },
    ]);
  });
});

describe('applying a paste', () => {
  interface Row {
    name: string;
    mode: 'flat' | 'monthly';
    jan: string;
  }
  const columns: PasteColumn<Row>[] = [
    { editable: () => true, parse: (row, text) => ({ ...row, name: text.trim() }) },
    {
      editable: () => true,
      parse: (row, text) => (text === 'flat' || text === 'monthly' ? { ...row, mode: text } : null),
    },
    // The month is typed only on a monthly line.
    { editable: (row) => row.mode === 'monthly', parse: (row, text) => ({ ...row, jan: text }) },
  ];
  const blank = (): Row => ({ name: '', mode: 'flat', jan: '' });

  it('applies cells left to right, so a kind pasted first opens the cells after it', () => {
    const rows: Row[] = [{ name: 'Bread', mode: 'flat', jan: '' }];
    const plan = planPaste(parseTsv('Bread\tmonthly\t600\nCake\tflat\t80\n'), { row: 0, col: 0 }, { rows: 1, cols: 3 }, true);
    const result = applyPaste(rows, columns, plan, blank);
    expect(result.rows).toEqual([
      { name: 'Bread', mode: 'monthly', jan: '600' },
      { name: 'Cake', mode: 'flat', jan: '' },
    ]);
    expect(result.applied).toBe(5);
    expect(result.skipped).toEqual([{ row: 1, col: 2, text: '80' }]);
  });

  it('skips text a column cannot read and leaves the rest of the row as it was', () => {
    const rows: Row[] = [{ name: 'Bread', mode: 'monthly', jan: '1' }];
    const plan = planPaste([['Rolls', 'weekly', '9']], { row: 0, col: 0 }, { rows: 1, cols: 3 }, false);
    const result = applyPaste(rows, columns, plan, blank);
    expect(result.rows).toEqual([{ name: 'Rolls', mode: 'monthly', jan: '9' }]);
    expect(result.skipped).toEqual([{ row: 0, col: 1, text: 'weekly' }]);
    // The input list is not changed in place.
    expect(rows[0].name).toBe('Bread');
  });
});

describe('drawing a long grid', () => {
  it('draws every row of a short grid', () => {
    expect(rowWindow(WINDOW_FROM_ROWS, 33, 500, 420)).toEqual({ first: 0, last: WINDOW_FROM_ROWS, padTop: 0, padBottom: 0 });
  });

  it('draws the rows in view and a few either side, standing in for the rest', () => {
    // 1,000 rows of 33 px scrolled to 3,300 px: rows 100 to 112 are in a 420 px view.
    const w = rowWindow(1000, 33, 3300, 420);
    expect(w).toEqual({ first: 100 - WINDOW_OVERSCAN, last: 113 + WINDOW_OVERSCAN, padTop: (100 - WINDOW_OVERSCAN) * 33, padBottom: (1000 - 113 - WINDOW_OVERSCAN) * 33 });
    // The drawn rows and the stand-ins keep the full height, so the scroll bar does not jump.
    expect(w.padTop + (w.last - w.first) * 33 + w.padBottom).toBe(1000 * 33);
  });

  it('stops at the ends', () => {
    expect(rowWindow(1000, 33, 0, 420)).toMatchObject({ first: 0, padTop: 0 });
    expect(rowWindow(1000, 33, 999 * 33, 420)).toMatchObject({ last: 1000, padBottom: 0 });
  });

  it('scrolls a row into view below the sticky header, and leaves a visible row alone', () => {
    // Header 30 px, view 420 px: at scroll 0, rows 0 to 11 are fully visible (30 + 12 × 33 = 426 > 420 for row 11).
    expect(scrollToRow(5, 33, 30, 0, 420)).toBeNull();
    expect(scrollToRow(11, 33, 30, 0, 420)).toBe(30 + 12 * 33 - 420);
    expect(scrollToRow(900, 33, 30, 0, 420)).toBe(30 + 901 * 33 - 420);
    expect(scrollToRow(3, 33, 30, 33 * 10, 420)).toBe(99);
  });
});
