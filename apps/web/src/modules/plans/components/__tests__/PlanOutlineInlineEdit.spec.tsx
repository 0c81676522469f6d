import type { MockLink } from '@apollo/client/testing';
import type { Role } from '@opsplan/domain';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlanNodeFieldsFragment } from '../../../../gql/graphql';
import { planNodeFixture as planNode } from '../../../../test/fixtures';
import { UPDATE_NODE_MUTATION } from '../../graphql/mutations/updateNodeMutation';
import { UPDATE_PROGRESS_MUTATION } from '../../graphql/mutations/updateProgressMutation';
import { planActorOf } from '../../utils/nodeAccess';
import { renderOutlineSection } from './renderOutlineSection';

const staffMember = { __typename: 'Member' as const, id: 'm-staff', user: { __typename: 'User' as const, id: 'u-staff', displayName: 'Zhou Min' } };
// s1 ─ o1 ─ p1 (Sales) ─ t-mine (owned by m-staff), t-other
const sales = { __typename: 'Department' as const, id: 'd-sales', name: 'Sales' };
const nodes = [
  planNode('s1', null, 'strategy', { childCount: 1 }),
  planNode('o1', 's1', 'objective', { depth: 1, childCount: 1 }),
  planNode('p1', 'o1', 'project', { depth: 2, childCount: 2, department: sales }),
  planNode('t-mine', 'p1', 'task', { depth: 3, sortOrder: 1, owner: staffMember, version: 3, checklist: [{ __typename: 'ChecklistItem', text: 'Floor plan', done: false }] }),
  planNode('t-other', 'p1', 'task', { depth: 3, sortOrder: 2 }),
];
const byId = new Map(nodes.map((n) => [n.id, n]));

type Input = { id: string; version: number } & Record<string, unknown>;

type Refusal = { errors: { message: string; extensions: Record<string, unknown> }[] };

/** `refuse` may turn a write down (a CONFLICT, say) instead of saving it. */
function renderOutline(role: Role, membershipId: string, refuse: (input: Input) => Refusal | null = () => null, rows = nodes) {
  const writes: { mutation: string; input: Input }[] = [];
  const answer = (mutation: 'updateNode' | 'updateProgress') => (variables: Record<string, unknown>) => {
    const input = variables['input'] as Input;
    writes.push({ mutation, input });
    const refusal = refuse(input);
    if (refusal) return refusal;
    const { id, version, ...fields } = input;
    const node = { ...(byId.get(id) as PlanNodeFieldsFragment), ...fields, version: version + 1 };
    return { data: { __typename: 'Mutation', [mutation]: node } };
  };
  const mocks: MockLink.MockedResponse[] = [
    { request: { query: UPDATE_NODE_MUTATION, variables: () => true }, result: answer('updateNode'), maxUsageCount: Number.POSITIVE_INFINITY },
    { request: { query: UPDATE_PROGRESS_MUTATION, variables: () => true }, result: answer('updateProgress'), maxUsageCount: Number.POSITIVE_INFINITY },
  ];
  const actor = planActorOf({ membership: { id: membershipId, role, department: { id: 'd-sales' } } });
  renderOutlineSection(rows, mocks, actor);
  return { writes };
}

async function openRows() {
  await screen.findByTestId('outline-row-p1');
  // Projects start closed; open p1 to see its tasks.
  const expand = screen.getByTestId('outline-row-p1').querySelector('button.ant-table-row-expand-icon-collapsed');
  await userEvent.click(expand as Element);
  await screen.findByTestId('outline-row-t-mine');
}

describe('editing the outline in place', { timeout: 30_000 }, () => {
  it('saves a status chosen in the cell, as an owner’s progress report', async () => {
    const { writes } = renderOutline('staff', 'm-staff');
    await openRows();
    await userEvent.click(screen.getByTestId('inline-status-t-mine'));
    const select = await screen.findByTestId('inline-status-t-mine-input');
    expect(select).toBeTruthy();
    await userEvent.click(await screen.findByTitle('At risk'));
    await waitFor(() => expect(writes).toEqual([{ mutation: 'updateProgress', input: { id: 't-mine', version: 3, status: 'at_risk' } }]));
    await waitFor(() => expect(screen.queryByTestId('inline-status-t-mine-editor')).toBeNull());
  });

  it('saves an executive’s status with the node’s other fields, opened from the keyboard', async () => {
    const { writes } = renderOutline('executive', 'm-exec');
    await openRows();
    const cell = screen.getByTestId('inline-status-t-other');
    expect(cell.getAttribute('tabindex')).toBe('0');
    expect(cell.getAttribute('aria-label')).toBe('Status of “Title t-other”');
    cell.focus();
    fireEvent.keyDown(cell, { key: 'F2' });
    await userEvent.click(await screen.findByTitle('Done'));
    await waitFor(() => expect(writes).toEqual([{ mutation: 'updateNode', input: { id: 't-other', version: 1, status: 'done' } }]));
  });

  it('says where a figure it offers no editor for comes from: a roll-up, even under a KPI, or the KPI', async () => {
    const kpi = { __typename: 'Kpi' as const, name: 'Share', unit: '%', direction: 'higher_is_better' as const, baseline: '25', target: '40', actual: '30', progress: 33.3333, targetSource: null };
    const rows = nodes.map((n) => (n.id === 'o1' ? { ...n, kpi } : n.id === 't-other' ? { ...n, kpi } : n));
    renderOutline('executive', 'm-exec', () => null, rows);
    await openRows();
    await userEvent.hover(screen.getByTestId('inline-progress-o1-read-only'));
    expect(await screen.findByText('Rolls up from its 1 item: update that one.')).toBeTruthy();
    await userEvent.hover(screen.getByTestId('inline-progress-t-other-read-only'));
    expect(await screen.findByText('Follows from the KPI: edit its actual in the KPI column.')).toBeTruthy();
  });

  it('cancels on Escape without saving', async () => {
    const { writes } = renderOutline('staff', 'm-staff');
    await openRows();
    const cell = screen.getByTestId('inline-progress-t-mine');
    cell.focus();
    fireEvent.keyDown(cell, { key: 'Enter' });
    const input = (await screen.findByTestId('inline-progress-t-mine-input')) as HTMLInputElement;
    await userEvent.clear(input);
    await userEvent.type(input, '80{Escape}');
    await waitFor(() => expect(screen.queryByTestId('inline-progress-t-mine-editor')).toBeNull());
    expect(writes).toEqual([]);
  });

  it('saves a typed progress on Enter', async () => {
    const { writes } = renderOutline('staff', 'm-staff');
    await openRows();
    await userEvent.click(screen.getByTestId('inline-progress-t-mine'));
    const input = (await screen.findByTestId('inline-progress-t-mine-input')) as HTMLInputElement;
    await userEvent.clear(input);
    await userEvent.type(input, '80{Enter}');
    await waitFor(() => expect(writes).toEqual([{ mutation: 'updateProgress', input: { id: 't-mine', version: 3, progress: 80 } }]));
  });

  it('offers no editor on rows the viewer may not change', async () => {
    renderOutline('staff', 'm-staff');
    await openRows();
    for (const id of ['s1', 'o1', 'p1', 't-other']) {
      for (const field of ['status', 'progress', 'owner', 'dueDate']) expect(screen.queryByTestId(`inline-${field}-${id}`)).toBeNull();
      const row = screen.getByTestId(`outline-row-${id}`);
      expect(row.querySelector('[tabindex="0"][role="button"]')).toBeNull();
    }
    const other = screen.getByTestId('outline-row-t-other');
    await userEvent.click(other.querySelector('.ant-tag') as Element);
    expect(other.querySelector('.ant-select, input')).toBeNull();
    // Their own task: status and progress, but owner and dates stay the editors'.
    expect(screen.getByTestId('inline-status-t-mine')).toBeTruthy();
    expect(screen.queryByTestId('inline-owner-t-mine')).toBeNull();
  });

  it('shows only what the other person changed among the fields the row read, then re-applies on their version', async () => {
    // They set the task at risk, wrote a brief, set a weight and ticked the checklist: the outline reads neither the brief
    // nor the weight, and the checklist's ticks without texts, so the status and the ticked checklist are theirs to show.
    const current = {
      id: 't-mine',
      version: 5,
      title: 'Title t-mine',
      description: 'Their brief',
      ownerId: 'm-staff',
      departmentId: null,
      startDate: '2026-01-01',
      dueDate: '2026-12-31',
      status: 'at_risk',
      weight: 3,
      ownProgress: 40,
      recurrence: null,
      checklist: [{ text: 'Floor plan', done: true }],
    };
    const conflict = { errors: [{ message: 'The node changed', extensions: { code: 'CONFLICT', current } }] };
    const { writes } = renderOutline('staff', 'm-staff', (input) => (input.version === 3 ? conflict : null));
    await openRows();
    await userEvent.click(screen.getByTestId('inline-progress-t-mine'));
    const input = (await screen.findByTestId('inline-progress-t-mine-input')) as HTMLInputElement;
    await userEvent.clear(input);
    await userEvent.type(input, '80{Enter}');

    const alert = await screen.findByTestId('node-conflict');
    expect([...alert.querySelectorAll('[data-testid^="conflict-theirs-"]')].map((cell) => cell.getAttribute('data-testid'))).toEqual([
      'conflict-theirs-status',
      'conflict-theirs-checklist',
    ]);
    expect(screen.getByTestId('conflict-theirs-checklist').textContent).toBe('☑ Floor plan');
    await userEvent.click(screen.getByTestId('conflict-reapply'));
    await waitFor(() =>
      expect(writes.map(({ input: sent }) => sent)).toEqual([
        { id: 't-mine', version: 3, progress: 80 },
        { id: 't-mine', version: 5, progress: 80 },
      ]),
    );
  });
});
