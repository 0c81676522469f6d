import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlanNodeFieldsFragment } from '../../../../gql/graphql';
import { planNodeFixture, planNodeRowFixture, viewerFixture } from '../../../../test/fixtures';
import { fakeSession, renderWithSession } from '../../../../test/renderWithSession';
import { VIEWER_QUERY } from '../../../session/graphql/queries/viewerQuery';
import { createCache } from '../../../session/utils/cachePolicies';
import { UPDATE_NODE_MUTATION } from '../../graphql/mutations/updateNodeMutation';
import { NODE_DETAILS_QUERY } from '../../graphql/queries/nodeDetailsQuery';
import { PLAN_OUTLINE_QUERY } from '../../graphql/queries/planOutlineQuery';
import { OUTLINE_VARIABLES } from '../../hooks/useOutlineNodes';
import { planActorOf } from '../../utils/nodeAccess';
import { NodeDrawer } from '../NodeDrawer';

// The drawer was opened on t1 at version 3. A colleague then rewrote its brief (version 4), and the
// outline, refreshed, brought version 4 with the row's fields only: the cached node now pairs
// version 4 with the old brief until the drawer reads it again.
const checklist = [{ __typename: 'ChecklistItem' as const, text: 'Floor plan', done: true }];
const atVersion3 = planNodeFixture('t1', 'p1', 'task', { version: 3, description: 'Old brief', checklist });
const atVersion4 = { ...atVersion3, version: 4, description: 'New brief' };

const details = (node: PlanNodeFieldsFragment) => ({ __typename: 'Query' as const, node: { ...node, budgetCostEstimate: null }, checkIns: [], comments: [] });

type Input = { id: string; version: number } & Record<string, unknown>;

function openDrawer() {
  const cache = createCache();
  cache.writeQuery({ query: VIEWER_QUERY, data: { __typename: 'Query', viewer: viewerFixture('executive') } });
  cache.writeQuery({ query: NODE_DETAILS_QUERY, variables: { id: 't1' }, data: details(atVersion3) });
  const row = planNodeRowFixture('t1', 'p1', 'task', { version: 4, checklist: [{ __typename: 'ChecklistItem', done: true }] });
  cache.writeQuery({ query: PLAN_OUTLINE_QUERY, variables: { planId: 'plan-1', ...OUTLINE_VARIABLES }, data: { __typename: 'Query', planOutline: [row] } });

  const writes: Input[] = [];
  const mocks: MockLink.MockedResponse[] = [
    { request: { query: NODE_DETAILS_QUERY, variables: { id: 't1' } }, result: { data: details(atVersion4) }, delay: 50, maxUsageCount: Number.POSITIVE_INFINITY },
    {
      request: { query: UPDATE_NODE_MUTATION, variables: () => true },
      result: (variables: Record<string, unknown>) => {
        const { id, version, ...fields } = variables['input'] as Input;
        writes.push({ id, version, ...fields });
        return { data: { __typename: 'Mutation', updateNode: { ...atVersion4, ...fields, version: version + 1 } } };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
  const actor = planActorOf({ membership: { id: 'm-exec', role: 'executive', department: null } });
  renderWithSession(
    <MockedProvider mocks={mocks} cache={cache}>
      <NodeDrawer nodeId="t1" byId={new Map()} actor={actor} members={[]} departments={[]} onMove={() => undefined} onClose={() => undefined} />
    </MockedProvider>,
    { session: fakeSession({ status: 'signedIn' }), path: '/plans/plan-1' },
  );
  return { writes };
}

describe('the node drawer after a list read brought a newer version', { timeout: 30_000 }, () => {
  it('starts its edit form again from the brief it reads, and saves only what the person changed', async () => {
    const { writes } = openDrawer();
    // The form is started again, so it is looked up afresh each time.
    const form = () => within(screen.getByTestId('node-edit-form'));
    await waitFor(() => expect((form().getByLabelText('Description') as HTMLTextAreaElement).value).toBe('New brief'));

    const title = form().getByLabelText('Title') as HTMLInputElement;
    await userEvent.clear(title);
    await userEvent.type(title, 'Fit out the kitchen');
    await userEvent.click(screen.getByTestId('node-save'));
    await waitFor(() => expect(writes).toEqual([{ id: 't1', version: 4, title: 'Fit out the kitchen' }]));
  });
});
