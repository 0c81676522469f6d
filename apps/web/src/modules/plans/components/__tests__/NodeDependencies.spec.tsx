import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanNodeFieldsFragment } from '../../../../gql/graphql';
import { i18n } from '../../../../i18n/i18n';
import { planNodeFixture as planNode } from '../../../../test/fixtures';
import { FeedbackProvider } from '../../../feedback/components/FeedbackProvider';
import { UPDATE_NODE_MUTATION } from '../../graphql/mutations/updateNodeMutation';
import { NodeDependencies } from '../NodeDependencies';
import { NodeEditForm } from '../NodeEditForm';

// p1 ─ licence (done), lease (on track), registration: registration waits on the licence and the lease.
const nodes = [
  planNode('p1', 'o1', 'project', { title: 'Paperwork' }),
  planNode('licence', 'p1', 'task', { title: 'Hygiene licence', status: 'done' }),
  planNode('lease', 'p1', 'task', { title: 'Sign the lease', status: 'on_track' }),
  planNode('registration', 'p1', 'task', { title: 'Business registration', status: 'not_started', dependsOn: ['licence'], version: 2 }),
];
const byId = new Map(nodes.map((n) => [n.id, n]));

describe('dependencies in the node drawer', { timeout: 30_000 }, () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('lists what must finish first by title, and how many are still open', () => {
    render(<NodeDependencies dependsOn={['licence', 'lease', 'far-away']} byId={byId} />);
    expect(screen.getByTestId('dependency-licence').textContent).toBe('DoneHygiene licence');
    expect(screen.getByTestId('dependency-lease').textContent).toBe('On trackSign the lease');
    // A task of a project not open in the outline: named as such, not counted.
    expect(screen.getByTestId('dependency-far-away').textContent).toBe('A node not open in the outline');
    expect(screen.getByTestId('dependencies-waiting').textContent).toBe('waiting on 1');
  });

  it('says in Chinese how many it waits on, and nothing once all are done', async () => {
    await i18n.changeLanguage('zh-CN');
    const { unmount } = render(<NodeDependencies dependsOn={['lease', 'registration']} byId={byId} />);
    expect(screen.getByTestId('dependencies-waiting').textContent).toBe('等待 2 项');
    unmount();
    render(<NodeDependencies dependsOn={['licence']} byId={byId} />);
    expect(screen.queryByTestId('dependencies-waiting')).toBeNull();
  });

  it('shows nothing for a node that depends on nothing', () => {
    render(<NodeDependencies dependsOn={[]} byId={byId} />);
    expect(screen.queryByTestId('node-dependencies')).toBeNull();
  });

  it('lets an editor set the recurrence and choose dependencies among the plan’s loaded nodes', async () => {
    const writes: Record<string, unknown>[] = [];
    const registration = byId.get('registration') as PlanNodeFieldsFragment;
    const mocks: MockLink.MockedResponse[] = [
      {
        request: { query: UPDATE_NODE_MUTATION, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          const input = variables['input'] as { version: number } & Record<string, unknown>;
          writes.push(input);
          return { data: { __typename: 'Mutation', updateNode: { ...registration, ...input, version: input.version + 1 } } };
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ];
    render(
      <ConfigProvider locale={enUS}>
        <FeedbackProvider>
          <MockedProvider mocks={mocks}>
            <NodeEditForm node={registration} planNodes={byId} onReload={() => undefined} members={[]} departments={[]} />
          </MockedProvider>
        </FeedbackProvider>
      </ConfigProvider>,
    );
    const field = (testId: string) => screen.getByTestId(testId).closest('.ant-form-item') as HTMLElement;

    // Saved as it stands: nothing is sent.
    await userEvent.click(screen.getByTestId('node-save'));
    expect(await screen.findByText('Nothing to save: nothing has changed.')).toBeTruthy();
    expect(writes).toEqual([]);

    await userEvent.click(within(field('node-recurrence')).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('Monthly'));
    await userEvent.click(within(field('node-depends-on')).getByRole('combobox'));
    // The node itself is not offered.
    expect(screen.queryByTitle('Task · Business registration')).toBeNull();
    await userEvent.type(within(field('node-depends-on')).getByRole('combobox'), 'lease');
    await userEvent.click(await screen.findByTitle('Task · Sign the lease'));
    await userEvent.click(screen.getByTestId('node-save'));

    await waitFor(() => expect(writes).toEqual([{ id: 'registration', version: 2, recurrence: 'monthly', dependsOn: ['licence', 'lease'] }]));
  });
});
