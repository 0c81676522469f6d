import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select, Typography } from 'antd';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ClipboardEvent, CSSProperties, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMessageApi } from '../../feedback/hooks/useMessageApi';
import type { GridColumn, GridRow } from './gridColumn';
import { applyPaste, keyAction, moveFocus, parseTsv, planPaste, rowWindow, scrollToRow } from './gridModel';
import type { CellPos, Move } from './gridModel';

const ROW_HEADER_WIDTH = 44;
/** A row's height before one is measured: the cell's 32 px and its border. */
const ROW_HEIGHT = 33;
const BORDER = '1px solid #f0f0f0';

interface Editing {
  row: number;
  col: number;
  /** What the editor starts with: the cell's text, or the character that started the edit. */
  text: string;
}

interface BudgetGridProps<R extends GridRow> {
  /** Names the grid for assistive technology. */
  label: string;
  testId: string;
  rows: readonly R[];
  columns: readonly GridColumn<R>[];
  readOnly: boolean;
  /** Messages by `${rowKey}:${columnKey}`. */
  problems: ReadonlyMap<string, string>;
  onChange: (rows: R[]) => void;
  /** A blank line; without it the grid does not grow (no Add line, pastes stop at the last row). */
  newRow?: () => R;
  onRemove?: (row: R) => void;
  emptyText?: string;
  maxHeight?: number;
}

/**
 * A light spreadsheet for the budget's drivers: arrow keys move, Enter or F2
 * edits, typing starts an edit, Escape cancels, Tab moves right, Delete
 * clears, and a block copied from Excel pastes from the focused cell.
 */
export function BudgetGrid<R extends GridRow>({
  label,
  testId,
  rows,
  columns,
  readOnly,
  problems,
  onChange,
  newRow,
  onRemove,
  emptyText,
  maxHeight = 420,
}: BudgetGridProps<R>) {
  const { t } = useTranslation();
  const message = useMessageApi();
  const container = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<CellPos | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const size = { rows: rows.length, cols: columns.length };
  // The focus stays on the grid when rows go away (a removal, a discard).
  const current = focus && rows.length > 0 ? { row: Math.min(focus.row, rows.length - 1), col: Math.min(focus.col, columns.length - 1) } : null;

  // Long grids draw only the rows in view (see rowWindow).
  const [scrollTop, setScrollTop] = useState(0);
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT);
  const shown = rowWindow(rows.length, rowHeight, scrollTop, maxHeight);
  useLayoutEffect(() => {
    const measured = container.current?.querySelector<HTMLElement>('tbody tr[data-testid]')?.offsetHeight;
    if (measured && measured !== rowHeight) setRowHeight(measured);
  }, [rowHeight, rows.length]);

  const focusRow = current?.row;
  const focusColumn = current?.col;
  useEffect(() => {
    const el = container.current;
    if (focusRow === undefined || !el) return;
    // The focused row may not be drawn yet: scroll to it by arithmetic, then let the cell scroll sideways.
    const header = el.querySelector<HTMLElement>('thead')?.offsetHeight ?? 0;
    const to = scrollToRow(focusRow, rowHeight, header, el.scrollTop, el.clientHeight);
    if (to !== null && el.scrollHeight > el.clientHeight) {
      el.scrollTop = to;
      setScrollTop(el.scrollTop);
    }
    const cell = el.querySelector<HTMLElement>(`[data-cell="${focusRow}-${focusColumn}"]`);
    cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [focusRow, focusColumn, rowHeight]);

  const canEdit = (pos: CellPos) => !readOnly && columns[pos.col]?.editable(rows[pos.row]);

  const replaceRow = (index: number, row: R) => onChange(rows.map((r, i) => (i === index ? row : r)));

  const startEdit = (pos: CellPos, text?: string) => {
    const column = columns[pos.col];
    const row = rows[pos.row];
    if (!column || !row || !canEdit(pos)) return;
    if (column.editor === 'dialog') {
      column.onOpen?.(row);
      return;
    }
    setEditing({ ...pos, text: column.editor === 'text' && text !== undefined ? text : column.text(row) });
  };

  const commit = (value: string, move: Move | null) => {
    if (!editing) return;
    const column = columns[editing.col];
    const row = rows[editing.row];
    const next = column && row ? column.parse(row, value) : null;
    if (next && next !== row) replaceRow(editing.row, next);
    setEditing(null);
    if (move) setFocus(moveFocus(editing, move, size));
    container.current?.focus();
  };

  const cancel = () => {
    setEditing(null);
    container.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || event.target !== container.current) return;
    const action = keyAction(event, false);
    if (action.type === 'none') return;
    const pos = current ?? { row: 0, col: 0 };
    if (action.type === 'move') {
      // Tab past the last cell leaves the grid, as it leaves any other control.
      if (action.move === 'next' && pos.row === size.rows - 1 && pos.col === size.cols - 1) return;
      if (action.move === 'previous' && pos.row === 0 && pos.col === 0) return;
      event.preventDefault();
      setFocus(current ? moveFocus(current, action.move, size) : pos);
      return;
    }
    if (rows.length === 0) return;
    event.preventDefault();
    if (action.type === 'edit') startEdit(pos, action.text);
    else if (action.type === 'clear' && canEdit(pos) && columns[pos.col].editor === 'text') {
      const next = columns[pos.col].parse(rows[pos.row], '');
      if (next) replaceRow(pos.row, next);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editing || readOnly || !current) return;
    const block = parseTsv(event.clipboardData.getData('text/plain'));
    if (block.length === 0) return;
    event.preventDefault();
    const plan = planPaste(block, current, size, Boolean(newRow));
    const result = applyPaste(rows, columns, plan, newRow ?? (() => rows[0]));
    onChange(result.rows);
    void message.info(
      [
        t('budget.grid.pasted', { count: result.applied }),
        result.skipped.length > 0 ? t('budget.grid.pasteSkipped', { count: result.skipped.length }) : '',
        plan.droppedColumns > 0 ? t('budget.grid.pasteDropped', { count: plan.droppedColumns }) : '',
      ]
        .filter(Boolean)
        .join(' · '),
    );
  };

  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editing || !current) return;
    const column = columns[current.col];
    const row = rows[current.row];
    if (!column || !row) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', column.text(row));
  };

  // Rows are memoised: they get stable callbacks that reach the latest handlers of this render.
  const latest = useRef({ open: (_row: number, _col: number) => {}, commit, cancel, remove: onRemove });
  useEffect(() => {
    latest.current = { open: (row: number, col: number) => startEdit({ row, col }), commit, cancel, remove: onRemove };
  });
  const onCellDown = useCallback((row: number, col: number) => {
    setFocus({ row, col });
    container.current?.focus();
  }, []);
  const onCellOpen = useCallback((row: number, col: number) => latest.current.open(row, col), []);
  const onCommit = useCallback((value: string, move: Move | null) => latest.current.commit(value, move), []);
  const onCancel = useCallback(() => latest.current.cancel(), []);
  const onRemoveRow = useCallback((row: R) => latest.current.remove?.(row), []);

  const addLine = () => {
    if (!newRow) return;
    onChange([...rows, newRow()]);
    setFocus({ row: rows.length, col: 0 });
    container.current?.focus();
  };

  const focusedProblem = current && rows[current.row] ? problems.get(`${rows[current.row].key}:${columns[current.col]?.key}`) : undefined;
  const offsets = useMemo(() => frozenOffsets(columns), [columns]);
  const tableWidth = columns.reduce((sum, column) => sum + column.width, ROW_HEADER_WIDTH);

  return (
    <div>
      <div
        ref={container}
        role="grid"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onCopy={onCopy}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        data-testid={testId}
        style={{ overflow: 'auto', maxHeight, border: BORDER, borderRadius: 6, outline: 'none' }}
      >
        {/* Fixed layout needs a set width: with width auto the browser sizes columns by their content, and the frozen
            columns' offsets (from the declared widths) no longer match, so a frozen column covered the next one. */}
        <table style={{ borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', width: tableWidth, minWidth: '100%' }}>
          <colgroup>
            <col style={{ width: ROW_HEADER_WIDTH }} />
            {columns.map((column) => (
              <col key={column.key} style={{ width: column.width }} />
            ))}
          </colgroup>
          <thead>
            <tr role="row">
              <th style={{ ...headerStyle, left: 0, zIndex: 3 }} />
              {columns.map((column, col) => (
                <th
                  key={column.key}
                  role="columnheader"
                  style={{ ...headerStyle, textAlign: column.align ?? 'left', ...(column.frozen ? { left: offsets[col], zIndex: 3 } : {}) }}
                >
                  {column.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.padTop > 0 ? <tr aria-hidden style={{ height: shown.padTop }} /> : null}
            {rows.slice(shown.first, shown.last).map((row, offset) => {
              const index = shown.first + offset;
              return (
                <GridLine
                  key={row.key}
                  row={row}
                  index={index}
                  columns={columns}
                  offsets={offsets}
                  readOnly={readOnly}
                  focusCol={current?.row === index ? current.col : -1}
                  editing={editing?.row === index ? editing : null}
                  problems={problemsOfRow(problems, row.key, columns)}
                  testId={testId}
                  onCellDown={onCellDown}
                  onCellOpen={onCellOpen}
                  onCommit={onCommit}
                  onCancel={onCancel}
                  onRemove={onRemove && !readOnly ? onRemoveRow : undefined}
                  removeLabel={t('budget.grid.removeLine')}
                />
              );
            })}
            {shown.padBottom > 0 ? <tr aria-hidden style={{ height: shown.padBottom }} /> : null}
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length + 1} style={{ padding: 16, textAlign: 'center' }}>
                  <Typography.Text type="secondary">{emptyText ?? t('budget.grid.empty')}</Typography.Text>
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, marginTop: 4, minHeight: 24 }}>
        {newRow && !readOnly ? (
          <Button size="small" type="link" icon={<PlusOutlined />} onClick={addLine} data-testid={`${testId}-add`}>
            {t('budget.grid.addLine')}
          </Button>
        ) : (
          <span />
        )}
        {focusedProblem ? (
          <Typography.Text type="danger" data-testid={`${testId}-problem`}>
            {focusedProblem}
          </Typography.Text>
        ) : null}
      </div>
    </div>
  );
}

/** How far from the left edge each column sticks: past the row header and the frozen columns before it. */
function frozenOffsets<R>(columns: readonly GridColumn<R>[]): number[] {
  const offsets: number[] = [];
  let left = ROW_HEADER_WIDTH;
  for (const column of columns) {
    offsets.push(left);
    if (column.frozen) left += column.width;
  }
  return offsets;
}

const headerStyle: CSSProperties = {
  position: 'sticky',
  top: 0,
  zIndex: 2,
  background: '#fafafa',
  borderBottom: BORDER,
  borderRight: BORDER,
  padding: '4px 8px',
  fontWeight: 500,
  fontSize: 12,
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
};

/** A row's problems as one string, so an unchanged row keeps its memoised rendering while others are validated. */
function problemsOfRow<R>(problems: ReadonlyMap<string, string>, key: string, columns: readonly GridColumn<R>[]): string {
  if (problems.size === 0) return '';
  let found = '';
  for (const column of columns) {
    const problem = problems.get(`${key}:${column.key}`);
    if (problem) found += `${column.key}\u0000${problem}\u0001`;
  }
  return found;
}

function problemOf(problems: string, column: string): string | undefined {
  if (!problems) return undefined;
  const start = problems.indexOf(`${column}\u0000`);
  if (start < 0 || (start > 0 && problems[start - 1] !== '\u0001')) return undefined;
  return problems.slice(start + column.length + 1, problems.indexOf('\u0001', start));
}

interface GridLineProps<R extends GridRow> {
  row: R;
  index: number;
  columns: readonly GridColumn<R>[];
  offsets: number[];
  readOnly: boolean;
  focusCol: number;
  editing: Editing | null;
  problems: string;
  testId: string;
  onCellDown: (row: number, col: number) => void;
  onCellOpen: (row: number, col: number) => void;
  onCommit: (value: string, move: Move | null) => void;
  onCancel: () => void;
  onRemove?: (row: R) => void;
  removeLabel: string;
}

function GridLineInner<R extends GridRow>({
  row,
  index,
  columns,
  offsets,
  readOnly,
  focusCol,
  editing,
  problems,
  testId,
  onCellDown,
  onCellOpen,
  onCommit,
  onCancel,
  onRemove,
  removeLabel,
}: GridLineProps<R>) {
  return (
    <tr role="row" data-testid={`${testId}-row-${index}`}>
      <td style={{ ...cellStyle, left: 0, position: 'sticky', zIndex: 1, background: '#fafafa', textAlign: 'center', color: '#8c8c8c', fontSize: 12 }}>
        {onRemove ? (
          <Button
            type="text"
            size="small"
            icon={<DeleteOutlined />}
            aria-label={removeLabel}
            title={removeLabel}
            tabIndex={-1}
            onClick={() => onRemove(row)}
            data-testid={`${testId}-remove-${index}`}
          />
        ) : (
          index + 1
        )}
      </td>
      {columns.map((column, col) => {
        const problem = problemOf(problems, column.key);
        const focused = focusCol === col;
        const editable = !readOnly && column.editable(row);
        const isEditing = editing?.col === col;
        const shown = column.display(row);
        const style: CSSProperties = {
          ...cellStyle,
          textAlign: column.align ?? 'left',
          background: problem ? '#fff1f0' : editable || readOnly ? '#fff' : '#f5f5f5',
          color: editable || readOnly ? undefined : '#8c8c8c',
          ...(column.frozen ? { position: 'sticky', left: offsets[col], zIndex: 1 } : {}),
          ...(focused ? { boxShadow: 'inset 0 0 0 2px #1677ff' } : problem ? { boxShadow: 'inset 0 0 0 1px #ff4d4f' } : {}),
          ...(isEditing ? { padding: 0 } : {}),
        };
        return (
          <td
            key={column.key}
            role="gridcell"
            aria-selected={focused}
            aria-readonly={!editable}
            aria-invalid={problem ? true : undefined}
            // The problem, or else the whole text of a cell its width may cut short.
            title={problem ?? (typeof shown === 'string' && shown !== '' ? shown : undefined)}
            data-cell={`${index}-${col}`}
            data-testid={`${testId}-cell-${index}-${column.key}`}
            style={style}
            onMouseDown={() => {
              if (!isEditing) onCellDown(index, col);
            }}
            onDoubleClick={() => onCellOpen(index, col)}
          >
            {isEditing && editing ? <CellEditor column={column} editing={editing} onCommit={onCommit} onCancel={onCancel} /> : shown}
          </td>
        );
      })}
    </tr>
  );
}

const GridLine = memo(GridLineInner) as typeof GridLineInner;

const cellStyle: CSSProperties = {
  borderBottom: BORDER,
  borderRight: BORDER,
  padding: '4px 8px',
  height: 32,
  whiteSpace: 'nowrap',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  cursor: 'default',
  fontVariantNumeric: 'tabular-nums',
};

interface CellEditorProps<R> {
  column: GridColumn<R>;
  editing: Editing;
  onCommit: (value: string, move: Move | null) => void;
  onCancel: () => void;
}

function CellEditor<R>({ column, editing, onCommit, onCancel }: CellEditorProps<R>) {
  // Enter, Tab or Escape end the edit; the blur that follows must not save it a second time.
  const done = useRef(false);
  const [value, setValue] = useState(editing.text);
  const selected = editing.text;
  const finish = (action: () => void) => {
    if (done.current) return;
    done.current = true;
    action();
  };

  if (column.editor === 'select') {
    return (
      <Select
        size="small"
        autoFocus
        defaultOpen
        showSearch={{ optionFilterProp: 'label' }}
        value={selected || undefined}
        options={column.options?.map((option) => ({ ...option }))}
        onChange={(next: string) => finish(() => onCommit(next, null))}
        onBlur={() => finish(onCancel)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') finish(onCancel);
          if (event.key === 'Tab') {
            event.preventDefault();
            finish(() => onCommit(selected, event.shiftKey ? 'previous' : 'next'));
          }
        }}
        popupMatchSelectWidth={false}
        style={{ width: '100%' }}
        data-testid="grid-select-editor"
      />
    );
  }

  return (
    <input
      autoFocus
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        const action = keyAction(event, true);
        if (action.type === 'commit') {
          event.preventDefault();
          finish(() => onCommit(value, action.move));
        } else if (action.type === 'cancel') {
          event.preventDefault();
          finish(onCancel);
        }
        event.stopPropagation();
      }}
      onBlur={() => finish(() => onCommit(value, null))}
      data-testid="grid-cell-editor"
      style={{
        width: '100%',
        height: 32,
        border: 0,
        outline: '2px solid #1677ff',
        outlineOffset: -2,
        padding: '4px 8px',
        font: 'inherit',
        textAlign: column.align ?? 'left',
        background: '#fff',
      }}
    />
  );
}
