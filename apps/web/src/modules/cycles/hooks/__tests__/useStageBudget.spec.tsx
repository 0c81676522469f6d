import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { Role } from '@opsplan/domain';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { VIEWER_QUERY } from '../../../session/graphql/queries/viewerQuery';
import { viewerFixture } from '../../../../test/fixtures';
import { fakeSession, renderWithSession } from '../../../../test/renderWithSession';
import { STAGE_BUDGET_QUERY } from '../../graphql/queries/stageBudgetQuery';
import { useStageBudget } from '../useStageBudget';

function Probe({ stageKey }: { stageKey: string | null }) {
  const path = useStageBudget(stageKey, 'plan-1');
  return <output data-testid="budget-path">{path ?? 'none'}</output>;
}

/** Renders the hook for a viewer of `role`; `asked` counts the budget look-ups made. */
function renderProbe(role: Role, stageKey: string | null, budget: { id: string; planId: string } | null) {
  const asked = { count: 0 };
  const cache = new InMemoryCache();
  cache.writeQuery({ query: VIEWER_QUERY, data: { __typename: 'Query', viewer: viewerFixture(role) } });
  const mock: MockLink.MockedResponse = {
    request: { query: STAGE_BUDGET_QUERY, variables: { planId: 'plan-1' } },
    result: () => {
      asked.count += 1;
      return { data: { __typename: 'Query', budget: budget && { __typename: 'Budget', ...budget } } };
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
  renderWithSession(
    <MockedProvider mocks={[mock]} cache={cache}>
      <Probe stageKey={stageKey} />
    </MockedProvider>,
    { session: fakeSession({ status: 'signedIn' }), path: '/cycles/c1/stages/s1' },
  );
  return asked;
}

describe('the link from a stage to its plan’s budget', () => {
  it('leads the sales forecast and the financial budget to /budget of the plan when the plan has a budget', async () => {
    renderProbe('manager', 'sales_forecast', { id: 'b1', planId: 'plan-1' });
    expect((await screen.findByText('/budget?plan=plan-1')).textContent).toBe('/budget?plan=plan-1');
  });

  it('offers nothing while the plan has no budget', async () => {
    const asked = renderProbe('finance', 'financial_budget', null);
    await vi.waitFor(() => expect(asked.count).toBe(1));
    expect(screen.getByTestId('budget-path').textContent).toBe('none');
  });

  it('does not ask for stages that do not work on the budget, nor for staff', async () => {
    const other = renderProbe('finance', 'sales_plan', { id: 'b1', planId: 'plan-1' });
    const staff = renderProbe('staff', 'sales_forecast', { id: 'b1', planId: 'plan-1' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(other.count + staff.count).toBe(0);
    expect(screen.getAllByTestId('budget-path').map((o) => o.textContent)).toEqual(['none', 'none']);
  });
});
