import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlanNodeFieldsFragment } from '../../../../gql/graphql';
import { planNodeFixture as planNode } from '../../../../test/fixtures';
import { recordingMock, renderWithMocks } from '../../../../test/renderWithMocks';
import { ADD_CHECK_IN_MUTATION } from '../../graphql/mutations/addCheckInMutation';
import { CheckInPanel } from '../CheckInPanel';

type Input = Record<string, unknown>;

function renderPanel(node: PlanNodeFieldsFragment) {
  const { mock, writes } = recordingMock<Input>(ADD_CHECK_IN_MUTATION, (input) => ({
    data: {
      __typename: 'Mutation',
      addCheckIn: {
        __typename: 'NodeCheckIn',
        id: 'c1',
        nodeId: node.id,
        progress: node.progress,
        kpiActual: null,
        confidence: input['confidence'],
        note: input['note'],
        createdAt: '2026-12-05T10:00:00.000Z',
        author: { __typename: 'Member', id: 'm1', user: { __typename: 'User', id: 'u1', displayName: 'Wang Fang' } },
      },
    },
  }));
  renderWithMocks(<CheckInPanel node={node} checkIns={[]} canCheckIn onReload={() => undefined} members={[]} departments={[]} />, [mock]);
  return { writes };
}

describe('posting a check-in', () => {
  it('on a parent shows the rolled-up progress, asks for none, and sends none', async () => {
    const project = planNode('p1', 'o1', 'project', { childCount: 2, progress: 74, ownProgress: 0, version: 7 });
    const { writes } = renderPanel(project);
    expect(screen.queryByTestId('checkin-progress')).toBeNull();
    expect(screen.getByTestId('checkin-rolled-up').textContent).toBe('74%');
    expect(screen.getByText('Rolls up from its 2 items; the check-in records it as it stands.')).toBeTruthy();
    await userEvent.type(screen.getByTestId('checkin-note'), 'Two regions behind');
    await userEvent.click(screen.getByTestId('checkin-submit'));
    await waitFor(() => expect(writes).toEqual([{ nodeId: 'p1', version: 7, confidence: 3, note: 'Two regions behind' }]));
  });

  it('on a leaf starts from its own progress and sends the figure entered', async () => {
    const task = planNode('t1', 'p1', 'task', { childCount: 0, progress: 40, ownProgress: 40, version: 3 });
    const { writes } = renderPanel(task);
    const input = screen.getByTestId('checkin-progress').querySelector('input') ?? screen.getByTestId('checkin-progress');
    expect((input as HTMLInputElement).value).toBe('40');
    await userEvent.clear(input);
    await userEvent.type(input, '55');
    await userEvent.click(screen.getByTestId('checkin-submit'));
    await waitFor(() => expect(writes).toEqual([{ nodeId: 't1', version: 3, confidence: 3, note: null, progress: 55 }]));
  });
});
