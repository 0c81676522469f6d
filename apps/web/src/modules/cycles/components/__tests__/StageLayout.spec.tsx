import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { CycleStageFieldsFragment, PlanningCycleFieldsFragment } from '../../../../gql/graphql';
import { FeedbackProvider } from '../../../feedback/components/FeedbackProvider';
import { ADD_CYCLE_STAGE_MUTATION, REORDER_CYCLE_STAGES_MUTATION } from '../../graphql/mutations/stageLayoutMutations';
import { DELETED_STAGES_QUERY } from '../../graphql/queries/deletedStagesQuery';
import { PLANNING_CYCLE_QUERY } from '../../graphql/queries/planningCycleQuery';
import { CycleTimeline } from '../CycleTimeline';

// A cycle the organisation laid out itself: Forecast ← Plan ← Budget.
function stage(id: string, name: string, position: number, startDate: string, dueDate: string, dependsOn: string[]): CycleStageFieldsFragment {
  return {
    __typename: 'CycleStage',
    id,
    cycleId: 'cycle-1',
    key: null,
    name,
    position,
    status: 'not_started',
    startDate,
    dueDate,
    dependsOn,
    waitingFor: dependsOn,
    overdue: false,
    returnReason: null,
    submittedAt: null,
    linkedPlanId: null,
    version: 1,
    submittedBy: null,
    responsible: null,
    ownerDepartment: null,
  };
}
const forecast = stage('forecast', 'Forecast', 1, '2027-01-04', '2027-01-29', []);
const plan = stage('plan', 'Plan', 2, '2027-02-01', '2027-02-26', ['forecast']);
const budget = stage('budget', 'Budget', 3, '2027-03-01', '2027-03-26', ['plan']);
const cycle = {
  __typename: 'PlanningCycle',
  id: 'cycle-1',
  name: 'Planning cycle 2027',
  planId: 'plan-1',
  planYear: 2027,
  today: '2026-12-01',
  version: 7,
  retrospective: null,
  previousRetrospective: null,
  criticalPath: ['forecast', 'plan', 'budget'],
  memberIds: [],
  leader: null,
  deputyLeader: null,
  members: [],
  dashboard: { __typename: 'CycleDashboard', stageCount: 3, approvedCount: 0, submittedCount: 0, overdueCount: 0, dueByTodayCount: 0, doneOfDueCount: 0, late: [] },
  stages: [forecast, plan, budget],
} as PlanningCycleFieldsFragment;
const sales = { __typename: 'Department' as const, id: 'd-sales', name: 'Sales' };

type Sent = Record<string, unknown>;

const userEvent = userEventLib.setup({ delay: null });

function renderTimeline() {
  const sent: { add: Sent[]; reorder: Sent[] } = { add: [], reorder: [] };
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: DELETED_STAGES_QUERY, variables: { id: 'cycle-1' } },
      result: { data: { __typename: 'Query', planningCycle: { __typename: 'PlanningCycle', id: 'cycle-1', deletedStages: [] } } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: PLANNING_CYCLE_QUERY, variables: { id: 'cycle-1' } },
      result: { data: { __typename: 'Query', planningCycle: cycle } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: ADD_CYCLE_STAGE_MUTATION, variables: () => true },
      result: (variables) => {
        const input = (variables as { input: Sent }).input;
        sent.add.push(input);
        return { data: { __typename: 'Mutation', addCycleStage: stage('review', String(input['name']), 4, String(input['startDate']), String(input['dueDate']), input['dependsOn'] as string[]) } };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: REORDER_CYCLE_STAGES_MUTATION, variables: () => true },
      result: (variables) => {
        const input = (variables as { input: { stageIds: string[] } }).input;
        sent.reorder.push(input);
        const byId = new Map(cycle.stages.map((s) => [s.id, s]));
        const stages = input.stageIds.map((id, i) => ({ ...(byId.get(id) as CycleStageFieldsFragment), position: i + 1 }));
        return { data: { __typename: 'Mutation', reorderCycleStages: { __typename: 'PlanningCycle', id: 'cycle-1', version: 8, criticalPath: cycle.criticalPath, stages } } };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
  render(
    <ConfigProvider locale={enUS}>
      <FeedbackProvider>
        <MockedProvider mocks={mocks}>
          <MemoryRouter>
            <CycleTimeline cycle={cycle} canManage members={[]} departments={[sales]} onReload={() => undefined} />
          </MemoryRouter>
        </MockedProvider>
      </FeedbackProvider>
    </ConfigProvider>,
  );
  return sent;
}

async function chooseOption(field: HTMLElement, label: string) {
  await userEvent.click(within(field).getByRole('combobox'));
  const options = await screen.findAllByTitle(label);
  await userEvent.click(options[options.length - 1] as HTMLElement);
}

async function setDates(dialog: HTMLElement, start: string, due: string) {
  const [from, to] = within(dialog).getAllByPlaceholderText(/date/i) as [HTMLInputElement, HTMLInputElement];
  await userEvent.click(from);
  await userEvent.clear(from);
  await userEvent.type(from, `${start}{Enter}`);
  await userEvent.clear(to);
  await userEvent.type(to, `${due}{Enter}`);
}

// Forms with pickers and selects are slow to drive in jsdom.
describe('laying out the stages of a cycle', { timeout: 30_000 }, () => {
  it('adds a stage after the last one, with its links, department and deliverables', async () => {
    const sent = renderTimeline();
    await userEvent.click(screen.getByTestId('add-stage'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByTestId('add-stage-name'), '  Board review ');
    await chooseOption(within(dialog).getByTestId('add-stage-depends-on').closest('.ant-form-item') as HTMLElement, '3. Budget');
    await chooseOption(within(dialog).getByTestId('add-stage-department').closest('.ant-form-item') as HTMLElement, 'Sales');
    await userEvent.type(within(within(dialog).getByTestId('add-stage-deliverables').closest('.ant-form-item') as HTMLElement).getByRole('combobox'), 'Board minutes{Enter}');
    await userEvent.click(screen.getByTestId('add-stage-submit'));

    await waitFor(() => expect(sent.add).toHaveLength(1));
    expect(sent.add[0]).toEqual({
      cycleId: 'cycle-1',
      version: 7,
      name: 'Board review',
      // The day after the last stage is due, for two weeks.
      startDate: '2027-03-27',
      dueDate: '2027-04-09',
      dependsOn: ['budget'],
      ownerDepartmentId: 'd-sales',
      deliverables: ['Board minutes'],
    });
    expect(await screen.findByText('“Board review” added at the end of the cycle')).toBeTruthy();
  });

  it('will not add a stage due before a stage it depends on, and names both', async () => {
    const sent = renderTimeline();
    await userEvent.click(screen.getByTestId('add-stage'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByTestId('add-stage-name'), 'Board review');
    await setDates(dialog, '2027-03-01', '2027-03-12');
    await chooseOption(within(dialog).getByTestId('add-stage-depends-on').closest('.ant-form-item') as HTMLElement, '3. Budget');
    await userEvent.click(screen.getByTestId('add-stage-submit'));

    expect(await within(dialog).findByText('“Board review” cannot be due before “Budget” (due 2027-03-26), which it depends on.')).toBeTruthy();
    expect(sent.add).toHaveLength(0);
  });

  it('will not link stages in a circle when editing, and names the stages along it', async () => {
    renderTimeline();
    await userEvent.click(screen.getByRole('button', { name: 'Edit stage: Forecast' }));
    const dialog = await screen.findByRole('dialog');
    await chooseOption(within(dialog).getByTestId('stage-edit-depends-on').closest('.ant-form-item') as HTMLElement, '3. Budget');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText(/would go round in a circle: “Forecast” → “Budget” → “Plan” → “Forecast”/)).toBeTruthy();
  });

  it('moves a stage down by sending the whole new order with the cycle’s version', async () => {
    const sent = renderTimeline();
    await userEvent.click(screen.getByTestId('stage-move-down-forecast'));
    await waitFor(() => expect(sent.reorder).toEqual([{ cycleId: 'cycle-1', version: 7, stageIds: ['plan', 'forecast', 'budget'] }]));
    expect(await screen.findByText('Order saved')).toBeTruthy();
    expect((screen.getByTestId('stage-move-up-forecast') as HTMLButtonElement).disabled).toBe(true);
  });

  it('names the stages that depend on one before removing it, and offers no way to remove it', async () => {
    renderTimeline();
    await userEvent.click(screen.getByTestId('stage-remove-plan'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('stage-remove-blocked').textContent).toContain('These stages depend on it: “Budget”.');
    expect(within(dialog).queryByTestId('stage-remove-confirm')).toBeNull();
  });
});
