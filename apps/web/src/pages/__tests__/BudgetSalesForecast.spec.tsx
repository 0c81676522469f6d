import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BudgetFieldsFragment } from '../../gql/graphql';
import { salesForecastView } from '../../modules/budget/drivers/__tests__/budgetFragment';
import { SAVE_BUDGET_LINES_MUTATION } from '../../modules/budget/graphql/mutations/saveBudgetLinesMutation';
import { BUDGET_QUERY } from '../../modules/budget/graphql/queries/budgetQuery';
import { DEPARTMENTS_QUERY } from '../../modules/departments/graphql/queries/departmentsQuery';
import { PLANS_QUERY } from '../../modules/plans/graphql/queries/plansQuery';
import { VIEWER_QUERY } from '../../modules/session/graphql/queries/viewerQuery';
import { viewerFixture } from '../../test/fixtures';
import { fakeSession, renderWithSession } from '../../test/renderWithSession';
import { BudgetPage } from '../BudgetPage';
import { typeIntoCell } from '../../modules/budget/grid/__tests__/typeIntoCell';

const plan = { __typename: 'Plan' as const, id: 'plan-1', year: 2026, name: 'Noodles 2026', status: 'draft' as const, progress: 0, version: 1 };
const department = (id: string, name: string) => ({
  __typename: 'Department' as const,
  id,
  name,
  parentId: null,
  sortOrder: 0,
  memberCount: 3,
  isHr: false,
  version: 1,
  manager: null,
});

const mocksFor = (budget: BudgetFieldsFragment): MockLink.MockedResponse[] => [
  { request: { query: PLANS_QUERY }, result: { data: { __typename: 'Query', plans: [plan] } }, maxUsageCount: Number.POSITIVE_INFINITY },
  {
    request: { query: DEPARTMENTS_QUERY },
    result: { data: { __typename: 'Query', departments: [department('front', 'Front of house'), department('kitchen', 'Kitchen')], members: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  { request: { query: BUDGET_QUERY, variables: { planId: 'plan-1' } }, result: { data: { __typename: 'Query', budget } } },
];

function renderPage(mocks: MockLink.MockedResponse[]) {
  const cache = new InMemoryCache();
  cache.writeQuery({ query: VIEWER_QUERY, data: { __typename: 'Query', viewer: viewerFixture('manager') } });
  return renderWithSession(
    <MockedProvider mocks={mocks} cache={cache}>
      <BudgetPage />
    </MockedProvider>,
    { session: fakeSession({ status: 'signedIn' }), path: '/budget' },
  );
}

// The page with antd's tabs and grids renders slowly in jsdom on a busy machine.
describe('the budget page for the owner of the open sales forecast', { timeout: 30_000 }, () => {
  it('shows the revenue grid, editable, with the note, and nothing more of the whole budget', async () => {
    renderPage(mocksFor(salesForecastView()));

    expect(await screen.findByTestId('budget-revenue-note')).toBeTruthy();
    expect(screen.getByText('You can edit the revenue lines while the sales forecast stage is open.')).toBeTruthy();
    // Still a manager: their department's lines, read-only, salaries as totals only.
    expect(screen.getByTestId('budget-manager-note')).toBeTruthy();

    const revenue = screen.getByTestId('grid-revenue');
    expect(within(revenue).getByTestId('grid-revenue-cell-0-name').textContent).toBe('Dine-in bowls');
    expect(within(revenue).getByTestId('grid-revenue-cell-0-unitPrice').textContent).toBe('28');
    expect(within(revenue).getByTestId('grid-revenue-cell-1-name').textContent).toBe('Delivery');
    expect(screen.getByTestId('budget-save-bar')).toBeTruthy();

    // No financing, stretch, scenarios, files or locking; positions without salaries.
    for (const id of ['budget-section-financing', 'budget-section-stretch', 'budget-export', 'budget-import', 'budget-template', 'budget-lock', 'budget-settings']) {
      expect(screen.queryByTestId(id)).toBeNull();
    }
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Drivers', 'Headcount']);
    expect(within(screen.getByTestId('grid-position')).queryByText('Monthly salary')).toBeNull();

    // The cost grid stays read-only.
    const costs = screen.getByTestId('grid-cost');
    fireEvent.mouseDown(within(costs).getByTestId('grid-cost-cell-0-name'));
    fireEvent.keyDown(costs, { key: 'X' });
    expect(within(costs).queryByTestId('grid-cell-editor')).toBeNull();
  });

  it('saves a changed unit price as the one changed revenue line, with its version', async () => {
    const sent: unknown[] = [];
    const before = salesForecastView();
    const saved: BudgetFieldsFragment = {
      ...before,
      version: 8,
      revenueLines: before.revenueLines.map((line) => (line.id === 'rev-dine' ? { ...line, unitPrice: '30', version: 4 } : line)),
    };
    const saveMock: MockLink.MockedResponse = {
      request: { query: SAVE_BUDGET_LINES_MUTATION, variables: () => true },
      result: (variables) => {
        sent.push((variables as { input: unknown }).input);
        return { data: { __typename: 'Mutation', saveBudgetLines: { __typename: 'SaveBudgetLinesResult', deletionBatchId: null, budget: saved } } };
      },
    };
    renderPage([...mocksFor(before), saveMock]);

    const revenue = await screen.findByTestId('grid-revenue');
    typeIntoCell(revenue, within(revenue).getByTestId('grid-revenue-cell-0-unitPrice'), '30');
    expect(within(revenue).getByTestId('grid-revenue-cell-0-unitPrice').textContent).toBe('30');
    // The positions read without salaries do not stop the save.
    expect(screen.getByTestId('budget-unsaved').textContent).toBe('1 unsaved change');

    fireEvent.click(screen.getByTestId('budget-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      budgetId: 'b1',
      revenueLines: [
        {
          id: 'rev-dine',
          version: 3,
          name: 'Dine-in bowls',
          kind: 'product',
          unitPrice: '30',
          volume: { kind: 'flat', perMonth: '3000' },
          variableCost: { kind: 'unitCost', unitCost: '9.5' },
          stretchVolume: '1.2',
          stretchPrice: null,
          stretchVariableCost: null,
          sortOrder: 1,
        },
      ],
    });
    expect(await screen.findByText('Budget saved')).toBeTruthy();
  });
});
