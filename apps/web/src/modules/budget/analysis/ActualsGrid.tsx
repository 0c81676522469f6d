import { theme } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ClipboardEvent, KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { rowWindow, scrollToRow } from '../grid/gridModel';
import { formatAmount } from '../utils/formatAmount';
import { pastedCells } from './actuals';
import type { ActualLine } from './actuals';

export type ActualCellState = 'saved' | 'changed' | 'invalid' | 'conflict' | 'empty';

export interface ActualCellView {
  /** As typed (a change) or as saved. */
  text: string;
  state: ActualCellState;
}

interface ActualsGridProps {
  lines: readonly ActualLine[];
  months: readonly string[];
  cell: (line: ActualLine, month: string) => ActualCellView;
  /** The planned amount, shown on hover. */
  planned: (line: ActualLine, month: string) => string | null;
  lineLabel: (line: ActualLine) => string;
  editable: boolean;
  onEdit: (changes: { line: ActualLine; month: string; text: string }[]) => void;
}

interface Position {
  row: number;
  col: number;
}

const CELL_WIDTH = 112;
const NAME_WIDTH = 220;

/**
 * Actuals as a spreadsheet: lines down, months across. Arrow keys, Tab and
 * Enter move; typing or Enter (F2) edits, Enter or Tab commits and moves on,
 * Escape cancels; Delete clears; a block copied from Excel pastes from the
 * selected cell right and down. Read-only callers move and copy but do not edit.
 */
export function ActualsGrid({ lines, months, cell, planned, lineLabel, editable, onEdit }: ActualsGridProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const grid = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<{ text: string } | null>(null);
  const rows = lines.length;
  const cols = months.length;
  const at = { row: Math.min(active.row, Math.max(rows - 1, 0)), col: Math.min(active.col, Math.max(cols - 1, 0)) };

  // A long list of lines draws only the rows in view (see rowWindow).
  const [scrollTop, setScrollTop] = useState(0);
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT);
  const shown = rowWindow(rows, rowHeight, scrollTop, GRID_HEIGHT);
  useLayoutEffect(() => {
    const measured = grid.current?.querySelector<HTMLElement>('tbody tr[role="row"]')?.offsetHeight;
    if (measured && measured !== rowHeight) setRowHeight(measured);
  }, [rowHeight, rows]);

  useEffect(() => {
    const el = grid.current;
    if (!el) return;
    const header = el.querySelector<HTMLElement>('thead')?.offsetHeight ?? 0;
    const to = scrollToRow(at.row, rowHeight, header, el.scrollTop, el.clientHeight);
    if (to !== null && el.scrollHeight > el.clientHeight) {
      el.scrollTop = to;
      setScrollTop(el.scrollTop);
    }
    el.querySelector<HTMLElement>(`[data-cell="${at.row}:${at.col}"]`)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [at.row, at.col, rowHeight]);

  const move = (dRow: number, dCol: number) =>
    setActive((p) => ({ row: clamp(Math.min(p.row, rows - 1) + dRow, rows), col: clamp(Math.min(p.col, cols - 1) + dCol, cols) }));

  const commit = (text: string, then: Position | null) => {
    setEditing(null);
    const line = lines[at.row];
    if (line && text !== cell(line, months[at.col]).text) onEdit([{ line, month: months[at.col], text }]);
    if (then) move(then.row, then.col);
    grid.current?.focus();
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || rows === 0) return;
    const line = lines[at.row];
    switch (event.key) {
      case 'ArrowUp':
        move(-1, 0);
        break;
      case 'ArrowDown':
        move(1, 0);
        break;
      case 'ArrowLeft':
        move(0, -1);
        break;
      case 'ArrowRight':
        move(0, 1);
        break;
      case 'Tab':
        move(0, event.shiftKey ? -1 : 1);
        break;
      case 'Home':
        setActive({ row: at.row, col: 0 });
        break;
      case 'End':
        setActive({ row: at.row, col: cols - 1 });
        break;
      case 'Enter':
      case 'F2':
        if (editable) setEditing({ text: cell(line, months[at.col]).text });
        else move(1, 0);
        break;
      case 'Delete':
      case 'Backspace':
        if (editable && cell(line, months[at.col]).text !== '') onEdit([{ line, month: months[at.col], text: '' }]);
        break;
      default:
        // Typing a character starts editing with it, replacing the cell, as a spreadsheet does.
        if (editable && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
          setEditing({ text: event.key });
          event.preventDefault();
        }
        return;
    }
    event.preventDefault();
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (!editable) return;
    const text = event.clipboardData.getData('text/plain');
    // A single value pasted into the open editor is ordinary text editing.
    if (editing && !/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    const placed = pastedCells(text, at, { rows, cols });
    if (placed.length === 0) return;
    setEditing(null);
    onEdit(placed.map(({ row, col, text: value }) => ({ line: lines[row], month: months[col], text: value })));
    grid.current?.focus();
  };

  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editing || rows === 0) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', cell(lines[at.row], months[at.col]).text);
  };

  if (rows === 0) return null;
  return (
    <div
      ref={grid}
      role="grid"
      aria-label={t('budgetAnalysis.actuals.gridLabel')}
      aria-rowcount={rows + 1}
      aria-colcount={cols + 1}
      tabIndex={0}
      onKeyDown={onGridKeyDown}
      onPaste={onPaste}
      onCopy={onCopy}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      style={{ overflow: 'auto', maxHeight: GRID_HEIGHT, border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius, outline: 'none' }}
      data-testid="actuals-grid"
    >
      <table style={{ borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', width: NAME_WIDTH + cols * CELL_WIDTH }}>
        <colgroup>
          <col style={{ width: NAME_WIDTH }} />
          {months.map((month) => (
            <col key={month} style={{ width: CELL_WIDTH }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row">
            <th role="columnheader" style={{ ...headerStyle(token), left: 0, zIndex: 3 }}>
              {t('budgetAnalysis.actuals.line')}
            </th>
            {months.map((month, col) => (
              <th key={month} role="columnheader" style={{ ...headerStyle(token), textAlign: 'right', color: col === at.col ? token.colorPrimary : undefined }}>
                {month}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.padTop > 0 ? <tr aria-hidden style={{ height: shown.padTop }} /> : null}
          {lines.slice(shown.first, shown.last).map((line, offset) => {
            const row = shown.first + offset;
            return (
              <GridRow
                key={`${line.lineKind}:${line.lineId}`}
                row={row}
                line={line}
                label={lineLabel(line)}
                months={months}
                cells={months.map((month) => cell(line, month))}
                planned={planned}
                activeCol={row === at.row ? at.col : null}
                editor={
                  row === at.row && editing ? (
                    <CellEditor
                      initial={editing.text}
                      onCommit={commit}
                      onCancel={() => {
                        setEditing(null);
                        grid.current?.focus();
                      }}
                    />
                  ) : null
                }
                onSelect={(col) => {
                  setActive({ row, col });
                  if (editing) setEditing(null);
                }}
                onOpen={(col) => {
                  setActive({ row, col });
                  if (editable) setEditing({ text: cell(line, months[col]).text });
                }}
              />
            );
          })}
          {shown.padBottom > 0 ? <tr aria-hidden style={{ height: shown.padBottom }} /> : null}
        </tbody>
      </table>
    </div>
  );
}

const GRID_HEIGHT = 560;
/** A row's height before one is measured. */
const ROW_HEIGHT = 33;

const clamp = (value: number, size: number) => Math.max(0, Math.min(size - 1, value));

function headerStyle(token: ReturnType<typeof theme.useToken>['token']) {
  return {
    position: 'sticky' as const,
    top: 0,
    zIndex: 2,
    padding: '6px 8px',
    background: token.colorBgContainer,
    borderBottom: `1px solid ${token.colorBorderSecondary}`,
    fontWeight: 500,
    whiteSpace: 'nowrap' as const,
  };
}

interface GridRowProps {
  row: number;
  line: ActualLine;
  label: string;
  months: readonly string[];
  cells: ActualCellView[];
  planned: (line: ActualLine, month: string) => string | null;
  activeCol: number | null;
  editor: ReactNode;
  onSelect: (col: number) => void;
  onOpen: (col: number) => void;
}

function GridRow({ row, line, label, months, cells, planned, activeCol, editor, onSelect, onOpen }: GridRowProps) {
  const { token } = theme.useToken();
  const lang = useLanguage();
  const background = (state: ActualCellState) =>
    state === 'invalid' ? token.colorErrorBg : state === 'conflict' ? token.colorWarningBg : state === 'changed' ? token.colorInfoBg : token.colorBgContainer;
  return (
    <tr role="row">
      <th
        role="rowheader"
        scope="row"
        title={label}
        style={{ position: 'sticky', left: 0, zIndex: 1, padding: '4px 8px', textAlign: 'left', fontWeight: 400, background: token.colorBgContainer, borderBottom: `1px solid ${token.colorBorderSecondary}`, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
      >
        {label}
      </th>
      {months.map((month, col) => {
        const view = cells[col];
        const active = activeCol === col;
        const plan = planned(line, month);
        return (
          <td
            key={month}
            role="gridcell"
            aria-selected={active}
            data-cell={`${row}:${col}`}
            data-state={view.state}
            data-testid={`actual-${line.lineKind}-${line.lineId}-${month}`}
            title={plan === null ? undefined : formatAmount(plan, lang)}
            onMouseDown={() => onSelect(col)}
            onDoubleClick={() => onOpen(col)}
            style={{
              padding: active && editor ? 0 : '4px 8px',
              textAlign: 'right',
              whiteSpace: 'nowrap',
              background: background(view.state),
              borderBottom: `1px solid ${token.colorBorderSecondary}`,
              outline: active ? `2px solid ${token.colorPrimary}` : undefined,
              outlineOffset: -2,
              cursor: 'cell',
              fontVariantNumeric: 'tabular-nums',
            }}
          >
            {active && editor ? editor : view.text === '' ? '' : view.state === 'invalid' ? view.text : formatAmount(view.text, lang)}
          </td>
        );
      })}
    </tr>
  );
}

function CellEditor({ initial, onCommit, onCancel }: { initial: string; onCommit: (text: string, then: Position | null) => void; onCancel: () => void }) {
  const [text, setText] = useState(initial);
  const done = useRef(false);
  const finish = (then: Position | null) => {
    if (done.current) return;
    done.current = true;
    onCommit(text, then);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') finish({ row: event.shiftKey ? -1 : 1, col: 0 });
    else if (event.key === 'Tab') finish({ row: 0, col: event.shiftKey ? -1 : 1 });
    else if (event.key === 'ArrowUp') finish({ row: -1, col: 0 });
    else if (event.key === 'ArrowDown') finish({ row: 1, col: 0 });
    else if (event.key === 'Escape') {
      done.current = true;
      onCancel();
    } else return;
    event.preventDefault();
  };
  return (
    <input
      autoFocus
      value={text}
      inputMode="decimal"
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(null)}
      onFocus={(event) => event.target.setSelectionRange(event.target.value.length, event.target.value.length)}
      style={{ width: '100%', height: 30, border: 'none', outline: 'none', textAlign: 'right', padding: '0 8px', font: 'inherit', background: 'transparent' }}
      data-testid="actual-editor"
    />
  );
}
