import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { BudgetFieldsFragment } from '../../../../gql/graphql';
import { FeedbackProvider } from '../../../feedback/components/FeedbackProvider';
import { SET_BUDGET_ACTUALS_MUTATION } from '../../graphql/mutations/setBudgetActuals';
import { PlanVsActual } from '../PlanVsActual';
import { BAKERY_DEPARTMENTS, bakeryBudget, budgetFragment } from './budgetFixture';

const actual = (id: string, lineKind: 'revenue' | 'cost' | 'position', lineId: string, month: string, amount: string, version: number) => ({
  __typename: 'BudgetActual' as const,
  id,
  lineKind,
  lineId,
  month,
  amount,
  version,
});

// The mutation, the message and the variance (computed on the main thread in jsdom) can take a while when every spec runs at once.
const SLOW = { timeout: 5000 };

const finance = budgetFragment({ actuals: [actual('a1', 'revenue', 'bread', '2026-04', '74000.00', 3), actual('a2', 'cost', 'rent', '2026-04', '15000.00', 1)] });
const input = bakeryBudget();

function renderView(budget: BudgetFieldsFragment, mocks: MockLink.MockedResponse[] = []) {
  return render(
    <MockedProvider mocks={mocks}>
      <FeedbackProvider>
        <PlanVsActual budget={budget} input={input} departments={BAKERY_DEPARTMENTS} />
      </FeedbackProvider>
    </MockedProvider>,
  );
}

/** Types into the selected cell as a person does: a first character opens the editor, then the rest, then a key to commit. */
function typeInto(testId: string, text: string, commitKey: 'Enter' | 'Tab') {
  fireEvent.mouseDown(screen.getByTestId(testId));
  fireEvent.keyDown(screen.getByTestId('actuals-grid'), { key: text[0] });
  const editor = screen.getByTestId('actual-editor') as HTMLInputElement;
  expect(editor.value).toBe(text[0]);
  fireEvent.change(editor, { target: { value: text } });
  fireEvent.keyDown(editor, { key: commitKey });
}

const entries = [
  { lineKind: 'revenue', lineId: 'bread', month: '2026-04', amount: '75200.5', version: 3 },
  { lineKind: 'revenue', lineId: 'cafe', month: '2026-04', amount: '900' },
];

describe('plan vs actual', () => {
  it('takes actuals from the keyboard like a spreadsheet and saves only the changed cells, with versions', async () => {
    let sent: unknown = null;
    const saved = budgetFragment({ actuals: [actual('a1', 'revenue', 'bread', '2026-04', '75200.50', 4), actual('a2', 'cost', 'rent', '2026-04', '15000.00', 1), actual('a3', 'revenue', 'cafe', '2026-04', '900.00', 1)] });
    renderView(finance, [
      {
        request: { query: SET_BUDGET_ACTUALS_MUTATION, variables: () => true },
        result: (variables) => {
          sent = variables;
          return { data: { __typename: 'Mutation', setBudgetActuals: saved } };
        },
      },
    ]);
    expect(screen.getByTestId('actual-revenue-bread-2026-04').textContent).toBe('74,000.00');
    typeInto('actual-revenue-bread-2026-04', '75200.5', 'Enter');
    // Enter moved down to the café's April: type there and Tab on.
    expect(screen.getByTestId('actual-revenue-cafe-2026-04').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByTestId('actuals-grid'), { key: '9' });
    fireEvent.change(screen.getByTestId('actual-editor'), { target: { value: '900' } });
    fireEvent.keyDown(screen.getByTestId('actual-editor'), { key: 'Tab' });
    expect(screen.getByTestId('actual-revenue-cafe-2026-05').getAttribute('aria-selected')).toBe('true');
    // Rent typed back to what is saved is no change at all.
    typeInto('actual-cost-rent-2026-04', '15000', 'Enter');

    expect(screen.getByTestId('actual-revenue-bread-2026-04').textContent).toBe('75,200.50');
    expect(screen.getByTestId('actual-revenue-bread-2026-04').getAttribute('data-state')).toBe('changed');
    expect(screen.getByTestId('actual-cost-rent-2026-04').getAttribute('data-state')).toBe('saved');
    expect(screen.getByText('2 unsaved changes')).toBeTruthy();
    fireEvent.click(screen.getByTestId('actuals-save'));
    expect(await screen.findByText('2 actuals saved', {}, SLOW)).toBeTruthy();
    expect(sent).toEqual({ input: { budgetId: 'budget-1', entries } });
  });

  it('pastes a block copied from Excel and clears a cell with Delete', () => {
    renderView(finance);
    fireEvent.mouseDown(screen.getByTestId('actual-revenue-bread-2026-05'));
    fireEvent.paste(screen.getByTestId('actuals-grid'), { clipboardData: { getData: () => '76,000\t77,500.25\n12,600\t13,000\n' } });
    expect(screen.getByTestId('actual-revenue-bread-2026-05').textContent).toBe('76,000.00');
    expect(screen.getByTestId('actual-revenue-bread-2026-06').textContent).toBe('77,500.25');
    expect(screen.getByTestId('actual-revenue-cafe-2026-06').textContent).toBe('13,000.00');
    fireEvent.mouseDown(screen.getByTestId('actual-cost-rent-2026-04'));
    fireEvent.keyDown(screen.getByTestId('actuals-grid'), { key: 'Delete' });
    expect(screen.getByTestId('actual-cost-rent-2026-04').textContent).toBe('');
    expect(screen.getByText('5 unsaved changes')).toBeTruthy();
  });

  it('shows the other person’s value on CONFLICT and saves again on re-apply', async () => {
    const conflict = new GraphQLError('The actual was changed by someone else', {
      extensions: { code: 'CONFLICT', current: { id: 'a1', lineKind: 'revenue', lineId: 'bread', month: '2026-04', amount: '76000.00', version: 4 } },
    });
    let second: unknown = null;
    renderView(finance, [
      { request: { query: SET_BUDGET_ACTUALS_MUTATION, variables: () => true }, result: { errors: [conflict] } },
      {
        request: { query: SET_BUDGET_ACTUALS_MUTATION, variables: () => true },
        result: (variables) => {
          second = variables;
          return { data: { __typename: 'Mutation', setBudgetActuals: finance } };
        },
      },
    ]);
    typeInto('actual-revenue-bread-2026-04', '75200.5', 'Enter');
    fireEvent.click(screen.getByTestId('actuals-save'));
    const cell = await screen.findByTestId('actual-conflict-revenue:bread:2026-04', {}, SLOW);
    expect(cell.textContent).toBe('Saved now: 76,000.00 · yours: 75200.5');
    expect(screen.getByTestId('actual-revenue-bread-2026-04').getAttribute('data-state')).toBe('conflict');
    expect((screen.getByTestId('actuals-save') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('actuals-reapply'));
    await waitFor(() => expect(second).toEqual({ input: { budgetId: 'budget-1', entries: [{ ...entries[0], version: 4 }] } }), SLOW);
  });

  it('colours the variance: favourable green, unfavourable red', async () => {
    renderView(finance);
    // April: bread 74,000 against 75,000 planned (short: unfavourable); rent as planned.
    expect((await screen.findByTestId('variance-through', {}, SLOW)).textContent).toBe('From 2026-04 through 2026-04');
    const bread = screen.getByTestId('variance-revenue:bread');
    expect(within(bread).getByText('-1,000.00').getAttribute('data-tone')).toBe('unfavourable');
    expect(within(bread).getByText('-1.3%').getAttribute('data-tone')).toBe('unfavourable');
    expect(within(screen.getByTestId('variance-cost:rent')).getByText('0.0%').getAttribute('data-tone')).toBe('neutral');
    // The launch campaign has no actual yet: 5,000 below plan, favourable.
    expect(within(screen.getByTestId('variance-cost:launch')).getByText('-5,000.00').getAttribute('data-tone')).toBe('favourable');
  });

  it('lets a reader without the right to enter actuals move around but not edit', () => {
    renderView(budgetFragment({ actuals: finance.actuals }, { editActuals: false, editDrivers: false }));
    expect(screen.queryByTestId('actuals-save')).toBeNull();
    fireEvent.mouseDown(screen.getByTestId('actual-revenue-bread-2026-04'));
    fireEvent.keyDown(screen.getByTestId('actuals-grid'), { key: '5' });
    expect(screen.queryByTestId('actual-editor')).toBeNull();
    fireEvent.keyDown(screen.getByTestId('actuals-grid'), { key: 'ArrowRight' });
    expect(screen.getByTestId('actual-revenue-bread-2026-05').getAttribute('aria-selected')).toBe('true');
  });

  it('is closed to a manager', () => {
    renderView(budgetFragment({}, { readAll: false, editActuals: false }));
    expect(screen.getByText('Plan vs actual is open to finance, admins and executives.')).toBeTruthy();
  });
});
