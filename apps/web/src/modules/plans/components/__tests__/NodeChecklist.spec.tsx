import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanNodeFieldsFragment } from '../../../../gql/graphql';
import { i18n } from '../../../../i18n/i18n';
import { planNodeFixture as planNode } from '../../../../test/fixtures';
import { recordingMock, renderWithMocks } from '../../../../test/renderWithMocks';
import { SET_NODE_CHECKLIST_MUTATION } from '../../graphql/mutations/setNodeChecklistMutation';
import type { ChecklistItem } from '../../utils/checklist';
import { NodeChecklist } from '../NodeChecklist';

const item = (text: string, done: boolean) => ({ __typename: 'ChecklistItem' as const, text, done });
// The hygiene licence's paperwork, read at version 5.
const licence = planNode('t-licence', 'p1', 'task', {
  title: 'Hygiene licence',
  version: 5,
  checklist: [item('Floor plan', true), item('Staff health certificates', false), item('Fire safety check', false)],
});

type Input = { id: string; version: number; checklist: ChecklistItem[] };
type Answer = (input: Input) => Record<string, unknown>;

const saved: Answer = (input) => ({
  data: {
    __typename: 'Mutation',
    setNodeChecklist: { ...licence, version: input.version + 1, checklist: input.checklist.map((i) => item(i.text, i.done)) },
  },
});

function renderChecklist(node: PlanNodeFieldsFragment, may: { canTick: boolean; canEdit: boolean }, answer: Answer = saved, delay = 0) {
  const reloads: number[] = [];
  const { mock, writes } = recordingMock<Input>(SET_NODE_CHECKLIST_MUTATION, answer, delay);
  renderWithMocks(<NodeChecklist node={node} {...may} onReload={() => reloads.push(1)} members={[]} departments={[]} />, [mock]);
  return { writes, reloads };
}

const box = (index: number) => screen.getByTestId(`checklist-item-${index}`) as HTMLInputElement;

describe('the checklist in the node drawer', { timeout: 30_000 }, () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('lets the owner tick an item: shown at once, saved with the version read', async () => {
    const { writes } = renderChecklist(licence, { canTick: true, canEdit: false }, saved, 200);
    expect(screen.getByTestId('checklist-progress').textContent).toBe('1 of 3 done');
    // An owner ticks; planning the list is for editors.
    expect(screen.queryByTestId('checklist-edit')).toBeNull();

    await userEvent.click(box(1));
    expect(box(1).checked).toBe(true);
    expect(screen.getByTestId('checklist-progress').textContent).toBe('2 of 3 done');
    await waitFor(() =>
      expect(writes).toEqual([
        {
          id: 't-licence',
          version: 5,
          checklist: [
            { text: 'Floor plan', done: true },
            { text: 'Staff health certificates', done: true },
            { text: 'Fire safety check', done: false },
          ],
        },
      ]),
    );
  });

  it('rolls the tick back when the save is refused', async () => {
    renderChecklist(licence, { canTick: true, canEdit: false }, () => ({
      errors: [{ message: 'You may tick off only the checklists of work you own.', extensions: { code: 'FORBIDDEN' } }],
    }));
    await userEvent.click(box(2));
    await waitFor(() => expect(box(2).checked).toBe(false));
    expect(screen.getByTestId('checklist-progress').textContent).toBe('1 of 3 done');
  });

  it('shows someone else’s newer list on a conflict, and makes the same tick on it', async () => {
    // Meanwhile a planner added the lease at the top and ticked the fire check.
    const theirs = [
      { text: 'Lease signed', done: true },
      { text: 'Floor plan', done: true },
      { text: 'Staff health certificates', done: false },
      { text: 'Fire safety check', done: true },
    ];
    const { writes } = renderChecklist(licence, { canTick: true, canEdit: false }, (input) =>
      input.version === 5
        ? { errors: [{ message: 'The node was changed by someone else.', extensions: { code: 'CONFLICT', current: { id: 't-licence', version: 7, checklist: theirs } } }] }
        : saved(input),
    );
    await userEvent.click(box(1));

    expect(await screen.findByTestId('node-conflict')).toBeTruthy();
    expect(screen.getByTestId('conflict-theirs-checklist').textContent).toBe('☑ Lease signed · ☑ Floor plan · ☐ Staff health certificates · ☑ Fire safety check');
    // Until re-applied, the list shows what was saved, not the refused tick.
    expect(box(1).checked).toBe(false);

    await userEvent.click(screen.getByTestId('conflict-reapply'));
    await waitFor(() => expect(writes).toHaveLength(2));
    expect(writes[1]).toEqual({ id: 't-licence', version: 7, checklist: theirs.map((i) => (i.text === 'Staff health certificates' ? { ...i, done: true } : i)) });
    await waitFor(() => expect(screen.queryByTestId('node-conflict')).toBeNull());
  });

  it('lets an editor rename, remove and add items', async () => {
    const { writes } = renderChecklist(licence, { canTick: true, canEdit: true });
    await userEvent.click(screen.getByTestId('checklist-edit'));
    const form = await screen.findByTestId('checklist-form');

    await userEvent.clear(within(form).getByTestId('checklist-text-1'));
    await userEvent.type(within(form).getByTestId('checklist-text-1'), 'Health certificates (all staff)');
    await userEvent.click(within(form).getByTestId('checklist-remove-2'));
    await userEvent.click(within(form).getByTestId('checklist-add'));
    await userEvent.type(await within(form).findByTestId('checklist-text-2'), '  Signage permit ');
    await userEvent.click(within(form).getByTestId('checklist-save'));

    await waitFor(() =>
      expect(writes).toEqual([
        {
          id: 't-licence',
          version: 5,
          checklist: [
            { text: 'Floor plan', done: true },
            { text: 'Health certificates (all staff)', done: false },
            { text: 'Signage permit', done: false },
          ],
        },
      ]),
    );
  });

  it('asks for a text before saving an empty item', async () => {
    const { writes } = renderChecklist(licence, { canTick: true, canEdit: true });
    await userEvent.click(screen.getByTestId('checklist-edit'));
    await userEvent.click(screen.getByTestId('checklist-add'));
    await userEvent.click(screen.getByTestId('checklist-save'));
    expect(await screen.findByText('Enter the item')).toBeTruthy();
    expect(writes).toEqual([]);
  });

  it('shows the list to others without letting them tick, in Chinese too', async () => {
    await i18n.changeLanguage('zh-CN');
    const { writes } = renderChecklist(licence, { canTick: false, canEdit: false });
    expect(screen.getByTestId('checklist-progress').textContent).toBe('已完成 1/3 项');
    expect(box(1).disabled).toBe(true);
    fireEvent.click(box(1));
    expect(box(1).checked).toBe(false);
    expect(writes).toEqual([]);
  });
});
