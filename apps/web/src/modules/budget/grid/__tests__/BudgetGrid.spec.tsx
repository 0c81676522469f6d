import { createEvent, fireEvent, render, screen, within } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { FeedbackProvider } from '../../../feedback/components/FeedbackProvider';
import { choiceColumn, figureColumn, textColumn } from '../../drivers/columnKinds';
import { BudgetGrid } from '../BudgetGrid';

interface Line {
  key: string;
  name: string;
  kind: string;
  amount: string;
  rate: string;
}

let seq = 0;
const blank = (): Line => ({ key: `n${++seq}`, name: '', kind: 'monthly', amount: '', rate: '' });
const columns = [
  textColumn<Line>({ key: 'name', title: 'Name' }, (r) => r.name, (r, name) => ({ ...r, name })),
  choiceColumn<Line>(
    {
      key: 'kind',
      title: 'Kind',
      options: [
        { value: 'monthly', label: 'Monthly amount' },
        { value: 'share', label: 'Share of revenue' },
      ],
    },
    (r) => r.kind,
    (r, kind) => ({ ...r, kind }),
  ),
  figureColumn<Line>({ key: 'amount', title: 'Amount', lang: 'en' }, (r) => r.amount, (r, amount) => ({ ...r, amount })),
  figureColumn<Line>({ key: 'rate', title: 'Rate', lang: 'en', percent: true }, (r) => r.rate, (r, rate) => ({ ...r, rate })),
];

function Harness({ initial, readOnly = false, onRows }: { initial: Line[]; readOnly?: boolean; onRows: (rows: Line[]) => void }) {
  const [rows, setRows] = useState(initial);
  return (
    <BudgetGrid
      label="Costs"
      testId="grid"
      rows={rows}
      columns={columns}
      readOnly={readOnly}
      problems={new Map([['rent:rate', 'Must not be negative']])}
      onChange={(next) => {
        onRows(next);
        setRows(next);
      }}
      newRow={blank}
    />
  );
}

function renderGrid(initial: Line[], readOnly = false) {
  const seen = { rows: initial };
  render(
    <ConfigProvider locale={enUS}>
      <FeedbackProvider>
        <Harness
          initial={initial}
          readOnly={readOnly}
          onRows={(rows) => {
            seen.rows = rows;
          }}
        />
      </FeedbackProvider>
    </ConfigProvider>,
  );
  return { seen, grid: screen.getByTestId('grid') };
}

const rent: Line = { key: 'rent', name: 'Rent', kind: 'monthly', amount: '18000', rate: '-0.01' };
const power: Line = { key: 'power', name: 'Power', kind: 'monthly', amount: '4200.5', rate: '' };
const cell = (row: number, column: string) => screen.getByTestId(`grid-cell-${row}-${column}`);
const selected = () => screen.getAllByRole('gridcell').filter((c) => c.getAttribute('aria-selected') === 'true');

function paste(target: HTMLElement, text: string) {
  const event = createEvent.paste(target);
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  fireEvent(target, event);
}

describe('the driver grid', () => {
  it('shows figures grouped and rates as percentages, with a problem on its cell', () => {
    renderGrid([rent, power]);
    expect(cell(0, 'amount').textContent).toBe('18,000');
    expect(cell(1, 'amount').textContent).toBe('4,200.5');
    expect(cell(0, 'rate').textContent).toBe('-1%');
    expect(cell(0, 'rate').getAttribute('aria-invalid')).toBe('true');
    expect(cell(0, 'kind').textContent).toBe('Monthly amount');
  });

  it('lays out at its columns’ declared widths, which the frozen columns’ offsets rest on', () => {
    const { grid } = renderGrid([rent]);
    const table = grid.querySelector('table') as HTMLTableElement;
    const declared = [...table.querySelectorAll('col')].reduce((sum, col) => sum + parseFloat(col.style.width), 0);
    expect(table.style.tableLayout).toBe('fixed');
    expect(table.style.width).toBe(`${declared}px`);
  });

  it('moves with the arrow keys and Tab from the clicked cell', () => {
    const { grid } = renderGrid([rent, power]);
    fireEvent.mouseDown(cell(0, 'name'));
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(selected()).toEqual([cell(1, 'kind')]);
    fireEvent.keyDown(grid, { key: 'Tab' });
    fireEvent.keyDown(grid, { key: 'Tab' });
    expect(selected()).toEqual([cell(1, 'rate')]);
  });

  it('starts an edit with the key typed, saves with Enter and moves down', () => {
    const { grid, seen } = renderGrid([rent, power]);
    fireEvent.mouseDown(cell(0, 'amount'));
    fireEvent.keyDown(grid, { key: '2' });
    const editor = within(grid).getByTestId('grid-cell-editor') as HTMLInputElement;
    expect(editor.value).toBe('2');
    fireEvent.change(editor, { target: { value: '21,000.50' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    expect(seen.rows[0].amount).toBe('21000.50');
    expect(cell(0, 'amount').textContent).toBe('21,000.50');
    expect(selected()).toEqual([cell(1, 'amount')]);
  });

  it('edits the current text with F2 and gives it up with Escape', () => {
    const { grid, seen } = renderGrid([rent, power]);
    fireEvent.mouseDown(cell(1, 'rate'));
    fireEvent.keyDown(grid, { key: 'F2' });
    const editor = within(grid).getByTestId('grid-cell-editor') as HTMLInputElement;
    expect(editor.value).toBe('');
    fireEvent.change(editor, { target: { value: '3.5' } });
    fireEvent.keyDown(editor, { key: 'Escape' });
    expect(within(grid).queryByTestId('grid-cell-editor')).toBeNull();
    expect(seen.rows[1].rate).toBe('');
    // A percentage typed is kept as the engine's fraction.
    fireEvent.keyDown(grid, { key: 'F2' });
    const again = within(grid).getByTestId('grid-cell-editor') as HTMLInputElement;
    fireEvent.change(again, { target: { value: '3.5%' } });
    fireEvent.keyDown(again, { key: 'Tab' });
    expect(seen.rows[1].rate).toBe('0.035');
  });

  it('clears a cell with Delete', () => {
    const { grid, seen } = renderGrid([rent, power]);
    fireEvent.mouseDown(cell(0, 'amount'));
    fireEvent.keyDown(grid, { key: 'Delete' });
    expect(seen.rows[0].amount).toBe('');
  });

  it('pastes a block from Excel from the focused cell, adding lines and reading choices by their label', async () => {
    const { grid, seen } = renderGrid([rent, power]);
    fireEvent.mouseDown(cell(1, 'name'));
    paste(grid, 'Water\tMonthly amount\t1,200\r\nAds\tShare of revenue\t\t3%\r\nGas\tweekly\t800\r\n');
    expect(seen.rows.map(({ key: _key, ...line }) => line)).toEqual([
      { name: 'Rent', kind: 'monthly', amount: '18000', rate: '-0.01' },
      { name: 'Water', kind: 'monthly', amount: '1200', rate: '' },
      { name: 'Ads', kind: 'share', amount: '', rate: '0.03' },
      { name: 'Gas', kind: 'monthly', amount: '800', rate: '' },
    ]);
    expect(await screen.findByText('Pasted 9 cells · 1 cell was left out (read-only, or not one of the choices)')).toBeTruthy();
  });

  it('neither edits nor pastes when read-only, but still moves', () => {
    const { grid, seen } = renderGrid([rent, power], true);
    fireEvent.mouseDown(cell(0, 'name'));
    fireEvent.keyDown(grid, { key: 'x' });
    expect(within(grid).queryByTestId('grid-cell-editor')).toBeNull();
    paste(grid, 'Other\n');
    expect(seen.rows).toEqual([rent, power]);
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(selected()).toEqual([cell(1, 'name')]);
    expect(screen.queryByTestId('grid-add')).toBeNull();
  });

  it('draws only the rows in view of a long grid', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ key: `l${i}`, name: `Line ${i}`, kind: 'monthly', amount: String(i), rate: '' }));
    renderGrid(many);
    const drawn = screen.getAllByRole('row').length - 1; // less the header row
    expect(drawn).toBeGreaterThan(10);
    expect(drawn).toBeLessThan(40);
    expect(screen.getByTestId('grid-cell-0-name').textContent).toBe('Line 0');
    expect(screen.queryByTestId('grid-cell-499-name')).toBeNull();
  });
});
