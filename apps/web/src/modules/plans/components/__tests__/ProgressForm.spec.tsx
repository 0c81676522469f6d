import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlanNodeFieldsFragment } from '../../../../gql/graphql';
import { planNodeFixture as planNode } from '../../../../test/fixtures';
import { recordingMock, renderWithMocks } from '../../../../test/renderWithMocks';
import { UPDATE_PROGRESS_MUTATION } from '../../graphql/mutations/updateProgressMutation';
import { ProgressForm } from '../ProgressForm';

type Input = Record<string, unknown>;

function renderForm(node: PlanNodeFieldsFragment) {
  const { mock, writes } = recordingMock<Input>(UPDATE_PROGRESS_MUTATION, (input) => ({
    data: { __typename: 'Mutation', updateProgress: { ...node, status: input['status'] ?? node.status, version: node.version + 1 } },
  }));
  renderWithMocks(<ProgressForm node={node} onReload={() => undefined} members={[]} departments={[]} />, [mock]);
  return { writes };
}

async function chooseStatus(label: string) {
  await userEvent.click(screen.getByRole('combobox'));
  await userEvent.click(await screen.findByTitle(label));
}

describe('updating progress', () => {
  it('on a parent shows the roll-up instead of its own figure, and sends only a status', async () => {
    const project = planNode('p1', 'o1', 'project', { childCount: 3, progress: 62.4, ownProgress: 0, version: 4, status: 'on_track' });
    const { writes } = renderForm(project);
    expect(screen.queryByTestId('progress-input')).toBeNull();
    expect(screen.getByTestId('progress-rolled-up').textContent).toBe('62%');
    expect(screen.getByText('Rolls up from its 3 items: update those.')).toBeTruthy();

    await userEvent.click(screen.getByTestId('progress-save'));
    expect(await screen.findByText('Nothing to save: nothing has changed.')).toBeTruthy();
    expect(writes).toEqual([]);

    await chooseStatus('At risk');
    await userEvent.click(screen.getByTestId('progress-save'));
    await waitFor(() => expect(writes).toEqual([{ id: 'p1', version: 4, status: 'at_risk' }]));
  });

  it('on a parent with a KPI asks for the actual and says the progress still rolls up', async () => {
    const kpi = { __typename: 'Kpi' as const, name: 'Market share', unit: '%', direction: 'higher_is_better' as const, baseline: '25', target: '40', actual: '33.5', progress: 56.6667, targetSource: null };
    const objective = planNode('o1', 's1', 'objective', { childCount: 4, progress: 89, ownProgress: 56.6667, version: 9, kpi });
    const { writes } = renderForm(objective);
    expect(screen.getByText('Enter the KPI’s actual: it shows where the target stands. Progress rolls up from its 4 items.')).toBeTruthy();
    const input = screen.getByTestId('progress-input');
    await userEvent.clear(input);
    await userEvent.type(input, '35');
    await userEvent.click(screen.getByTestId('progress-save'));
    await waitFor(() => expect(writes).toEqual([{ id: 'o1', version: 9, kpiActual: '35' }]));
  });

  it('sends nothing when the figures are as the form showed them', async () => {
    const kpi = { __typename: 'Kpi' as const, name: 'Share', unit: '%', direction: 'higher_is_better' as const, baseline: '25', target: '40', actual: '33.5', progress: 56.6667, targetSource: null };
    const { writes } = renderForm(planNode('k1', 'o1', 'project', { childCount: 0, version: 5, kpi }));
    const input = screen.getByTestId('progress-input');
    await userEvent.clear(input);
    await userEvent.type(input, '33.50');
    await userEvent.click(screen.getByTestId('progress-save'));
    expect(await screen.findByText('Nothing to save: nothing has changed.')).toBeTruthy();
    expect(writes).toEqual([]);
  });

  it('on a leaf sends the figure entered', async () => {
    const task = planNode('t1', 'p1', 'task', { childCount: 0, progress: 30, ownProgress: 30, version: 2 });
    const { writes } = renderForm(task);
    const input = screen.getByTestId('progress-input').querySelector('input') ?? screen.getByTestId('progress-input');
    expect((input as HTMLInputElement).value).toBe('30');
    await userEvent.clear(input);
    await userEvent.type(input, '45');
    await userEvent.click(screen.getByTestId('progress-save'));
    await waitFor(() => expect(writes).toEqual([{ id: 't1', version: 2, progress: 45 }]));
  });
});
