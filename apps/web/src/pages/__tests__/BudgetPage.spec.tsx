import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { Role } from '@opsplan/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BudgetFieldsFragment } from '../../gql/graphql';
import { managerView, noodleShopBudget } from '../../modules/budget/drivers/__tests__/budgetFragment';
import { CREATE_BUDGET_MUTATION } from '../../modules/budget/graphql/mutations/createBudgetMutation';
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

const plansMock: MockLink.MockedResponse = {
  request: { query: PLANS_QUERY },
  result: { data: { __typename: 'Query', plans: [plan] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const departmentsMock: MockLink.MockedResponse = {
  request: { query: DEPARTMENTS_QUERY },
  result: { data: { __typename: 'Query', departments: [department('front', 'Front of house'), department('kitchen', 'Kitchen')], members: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const budgetAnswer = (budget: BudgetFieldsFragment | null): MockLink.MockedResponse => ({
  request: { query: BUDGET_QUERY, variables: { planId: 'plan-1' } },
  result: { data: { __typename: 'Query', budget } },
});

function renderPage(role: Role, mocks: MockLink.MockedResponse[], organization: Partial<NonNullable<ReturnType<typeof viewerFixture>['organization']>> = {}) {
  const viewer = viewerFixture(role);
  const cache = new InMemoryCache();
  cache.writeQuery({
    query: VIEWER_QUERY,
    data: { __typename: 'Query', viewer: { ...viewer, organization: viewer.organization ? { ...viewer.organization, ...organization } : null } },
  });
  return renderWithSession(
    <MockedProvider mocks={[plansMock, departmentsMock, ...mocks]} cache={cache}>
      <BudgetPage />
    </MockedProvider>,
    { session: fakeSession({ status: 'signedIn' }), path: '/budget' },
  );
}

// The page with antd's tabs, grids and the engine preview renders slowly in jsdom on a busy machine.
describe('the budget page', { timeout: 30_000 }, () => {
  it('explains a budget to finance and creates one from the plan year’s first month', async () => {
    const created: unknown[] = [];
    const createMock: MockLink.MockedResponse = {
      request: { query: CREATE_BUDGET_MUTATION, variables: () => true },
      result: (variables) => {
        created.push(variables);
        return { data: { __typename: 'Mutation', createBudget: noodleShopBudget({ startMonth: '2026-04', horizonMonths: 36 }) } };
      },
    };
    renderPage('finance', [budgetAnswer(null), createMock, budgetAnswer(noodleShopBudget({ startMonth: '2026-04', horizonMonths: 36 }))], { fiscalYearStartMonth: 4 });

    expect(await screen.findByText('This plan has no budget yet')).toBeTruthy();
    expect(screen.getByText(/A budget is made of drivers/)).toBeTruthy();
    expect((screen.getByTestId('budget-name') as HTMLInputElement).value).toBe('2026 budget');
    // The organisation's fiscal year starts in April.
    expect((screen.getByTestId('budget-start-month') as HTMLInputElement).value).toBe('2026-04');
    expect((screen.getByTestId('budget-horizon') as HTMLInputElement).value).toBe('12');

    fireEvent.change(screen.getByTestId('budget-horizon'), { target: { value: '36' } });
    fireEvent.click(screen.getByTestId('create-budget'));

    await waitFor(() => expect(created).toEqual([{ input: { planId: 'plan-1', name: '2026 budget', startMonth: '2026-04', horizonMonths: 36 } }]));
    expect(await screen.findByTestId('budget-workspace')).toBeTruthy();
  });

  it('tells an executive that finance has not drafted a budget yet, without a form', async () => {
    renderPage('executive', [budgetAnswer(null)]);
    expect(await screen.findByTestId('budget-empty-wait')).toBeTruthy();
    expect(screen.getByText('Finance has not drafted a budget for this plan yet. It will appear here once they do.')).toBeTruthy();
    expect(screen.queryByTestId('create-budget-form')).toBeNull();
  });

  it('shows a manager their department’s lines read-only, without salaries', async () => {
    renderPage('manager', [budgetAnswer(managerView())]);

    expect(await screen.findByTestId('budget-manager-note')).toBeTruthy();
    expect(screen.getByText(/Salaries are shown only as department totals/)).toBeTruthy();

    const costs = screen.getByTestId('grid-cost');
    expect(within(costs).getByText('Kitchen gas')).toBeTruthy();
    expect(within(costs).getByText('2,600')).toBeTruthy();
    const positions = screen.getByTestId('grid-position');
    expect(within(positions).getByText('Cook')).toBeTruthy();
    expect(within(positions).queryByText('Monthly salary')).toBeNull();
    expect(within(positions).queryByText('On-costs %')).toBeNull();

    // No revenue, financing, saving, files or locking; only the tabs a manager may open.
    expect(screen.queryByTestId('budget-section-revenue')).toBeNull();
    expect(screen.queryByTestId('budget-section-financing')).toBeNull();
    expect(screen.queryByTestId('budget-save-bar')).toBeNull();
    for (const id of ['budget-export', 'budget-import', 'budget-template', 'budget-lock', 'budget-settings']) expect(screen.queryByTestId(id)).toBeNull();
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Drivers', 'Headcount']);

    // Typing on a read-only grid edits nothing.
    fireEvent.mouseDown(within(costs).getByTestId('grid-cost-cell-0-name'));
    fireEvent.keyDown(costs, { key: 'X' });
    expect(within(costs).queryByTestId('grid-cell-editor')).toBeNull();
  });

  it('saves finance’s edit of one line with its version, and after a conflict re-applies it on the other person’s line', async () => {
    const sent: unknown[] = [];
    const theirs = noodleShopBudget({
      version: 8,
      costLines: noodleShopBudget().costLines.map((line) => (line.id === 'cost-rent' ? { ...line, name: 'Shop rent (renewed)', version: 5 } : line)),
    });
    const saved = noodleShopBudget({
      version: 9,
      costLines: theirs.costLines.map((line) => (line.id === 'cost-rent' ? { ...line, amount: '19500', version: 6 } : line)),
    });
    let answer = 0;
    const saveMock: MockLink.MockedResponse = {
      request: { query: SAVE_BUDGET_LINES_MUTATION, variables: () => true },
      result: (variables) => {
        sent.push((variables as { input: unknown }).input);
        answer += 1;
        return answer === 1
          ? { errors: [{ message: 'Cost line was changed by someone else.', extensions: { code: 'CONFLICT' } }] }
          : { data: { __typename: 'Mutation', saveBudgetLines: { __typename: 'SaveBudgetLinesResult', deletionBatchId: null, budget: saved } } };
      },
      maxUsageCount: 2,
    };
    renderPage('finance', [budgetAnswer(noodleShopBudget()), saveMock, budgetAnswer(theirs), budgetAnswer(saved)]);

    const costs = await screen.findByTestId('grid-cost');
    expect(within(costs).getByTestId('grid-cost-cell-0-amount').textContent).toBe('18,000');
    typeIntoCell(costs, within(costs).getByTestId('grid-cost-cell-0-amount'), '19,500');
    expect(within(costs).getByTestId('grid-cost-cell-0-amount').textContent).toBe('19,500');
    expect(screen.getByTestId('budget-unsaved').textContent).toBe('1 unsaved change');

    fireEvent.click(screen.getByTestId('budget-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({
      budgetId: 'b1',
      costLines: [
        {
          id: 'cost-rent',
          version: 4,
          name: 'Shop rent',
          departmentId: 'front',
          category: 'rent',
          amountKind: 'monthly',
          amount: '19500',
          rate: null,
          firstMonth: null,
          lastMonth: null,
          planNodeId: null,
          stretchAmount: null,
          sortOrder: 1,
        },
      ],
    });

    // The budget is reloaded: the rent line is the one both changed.
    const conflict = await screen.findByTestId('budget-conflict-cost-rent');
    expect(conflict.textContent).toContain('Cost line “Shop rent (renewed)” was changed by someone else.');
    expect(conflict.textContent).toContain('Name: Shop rent (renewed)');
    fireEvent.click(within(conflict).getByTestId('budget-conflict-reapply-cost-rent'));
    expect(screen.queryByTestId('budget-conflicts')).toBeNull();
    expect(within(costs).getByTestId('grid-cost-cell-0-name').textContent).toBe('Shop rent (renewed)');
    expect(within(costs).getByTestId('grid-cost-cell-0-amount').textContent).toBe('19,500');

    fireEvent.click(screen.getByTestId('budget-save'));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ costLines: [{ id: 'cost-rent', version: 5, name: 'Shop rent (renewed)', amount: '19500' }] });
    expect(await screen.findByText('Budget saved')).toBeTruthy();
  });
});
