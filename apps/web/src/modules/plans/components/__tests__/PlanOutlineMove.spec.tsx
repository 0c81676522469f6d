import type { MockLink } from '@apollo/client/testing';
import type { Role } from '@opsplan/domain';
import { createEvent, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormattedExecutionResult } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import type { PlanNodeFieldsFragment } from '../../../../gql/graphql';
import { planNodeFixture as planNode } from '../../../../test/fixtures';
import { MOVE_NODE_MUTATION } from '../../graphql/mutations/moveNodeMutation';
import { planActorOf } from '../../utils/nodeAccess';
import { renderOutlineSection } from './renderOutlineSection';

// s1 ─ o1 ─ p1, p2, p3 (Sales)
//    └ o2
const sales = { __typename: 'Department' as const, id: 'd-sales', name: 'Sales' };
const nodes = [
  planNode('s1', null, 'strategy', { childCount: 2, sortOrder: 1 }),
  planNode('o1', 's1', 'objective', { depth: 1, childCount: 3, sortOrder: 1 }),
  planNode('o2', 's1', 'objective', { depth: 1, sortOrder: 2 }),
  planNode('p1', 'o1', 'project', { depth: 2, sortOrder: 1, department: sales }),
  planNode('p2', 'o1', 'project', { depth: 2, sortOrder: 2, department: sales }),
  planNode('p3', 'o1', 'project', { depth: 2, sortOrder: 3, department: sales, version: 4 }),
];
const byId = new Map(nodes.map((n) => [n.id, n]));

type MoveInput = { id: string; parentId: string; version: number; sortOrder?: number | null };
type MoveAnswer = (input: MoveInput) => FormattedExecutionResult;

/** The node as the API answers a move: under its new parent, one version up. */
const moved = (input: MoveInput) => ({
  data: {
    __typename: 'Mutation',
    moveNode: { ...(byId.get(input.id) as PlanNodeFieldsFragment), parentId: input.parentId, sortOrder: input.sortOrder ?? 9, version: input.version + 1 },
  },
});

function renderOutline(role: Role, answer: MoveAnswer = moved) {
  const moves: MoveInput[] = [];
  const mocks: MockLink.MockedResponse[] = [
    {
      request: { query: MOVE_NODE_MUTATION, variables: () => true },
      result: (variables) => {
        const input = (variables as { input: MoveInput }).input;
        moves.push(input);
        return answer(input);
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
  const actor = planActorOf({ membership: { id: 'm1', role, department: { id: 'd-sales' } } });
  renderOutlineSection(nodes, mocks, actor);
  return { moves };
}

/** jsdom has no DataTransfer; the handlers only set what the browser would read. */
const dataTransfer = () => ({ setData: vi.fn(), getData: vi.fn(), effectAllowed: 'all', dropEffect: 'none' });

/** Rows are 40px tall here, so clientY picks the band of the row: 5 is its upper edge, 20 its middle, 35 its lower edge. */
function rowAt(id: string): HTMLElement {
  const row = screen.getByTestId(`outline-row-${id}`);
  row.getBoundingClientRect = () => ({ top: 0, bottom: 40, height: 40, left: 0, right: 1000, width: 1000, x: 0, y: 0, toJSON: () => ({}) });
  return row;
}

/** jsdom has no DragEvent either, so a plain Event carries the pointer's height. */
function fireDrag(kind: 'dragOver' | 'drop', target: HTMLElement, transfer: ReturnType<typeof dataTransfer>, clientY: number): boolean {
  const event = createEvent[kind](target, { dataTransfer: transfer });
  Object.defineProperty(event, 'clientY', { value: clientY });
  return fireEvent(target, event);
}

function drag(from: string, to: string, clientY: number) {
  const transfer = dataTransfer();
  fireEvent.dragStart(rowAt(from), { dataTransfer: transfer });
  const target = rowAt(to);
  const allowed = !fireDrag('dragOver', target, transfer, clientY); // fireEvent answers false when a handler prevented the default
  return { allowed, target, drop: () => fireDrag('drop', target, transfer, clientY), end: () => fireEvent.dragEnd(rowAt(from)) };
}

// The whole outline section with antd's table, dialog and messages renders slowly in jsdom on a busy machine.
describe('moving nodes in the plan outline', { timeout: 20_000 }, () => {
  it('reorders by dropping on the upper edge of a sibling, and undoes it with the returned version', async () => {
    const { moves } = renderOutline('executive');
    await screen.findByTestId('outline-row-p3');

    const { allowed, target, drop } = drag('p3', 'p1', 5);
    expect(allowed).toBe(true);
    expect(within(target).getByTestId('node-title-p1').closest('.ant-table-cell')?.getAttribute('style')).toContain('box-shadow');
    drop();

    await waitFor(() => expect(moves).toEqual([{ id: 'p3', parentId: 'o1', sortOrder: 1, version: 4 }]));
    expect((await screen.findByTestId('node-moved-message')).textContent).toContain('Moved “Title p3”.');

    await userEvent.click(screen.getByTestId('node-move-undo'));
    await waitFor(() => expect(moves[1]).toEqual({ id: 'p3', parentId: 'o1', sortOrder: 3, version: 5 }));
    expect(await screen.findByText('Move undone')).toBeTruthy();
  });

  it('reparents by dropping on a row of the level above, last among its children', async () => {
    const { moves } = renderOutline('executive');
    await screen.findByTestId('outline-row-p1');

    const { allowed, drop } = drag('p1', 'o2', 20);
    expect(allowed).toBe(true);
    drop();

    await waitFor(() => expect(moves).toEqual([{ id: 'p1', parentId: 'o2', sortOrder: null, version: 1 }]));
  });

  it('refuses a drop that breaks the level order or goes nowhere, and sends nothing', async () => {
    const { moves } = renderOutline('executive');
    await screen.findByTestId('outline-row-p1');

    const onStrategy = drag('p1', 's1', 20);
    expect(onStrategy.allowed).toBe(false);
    expect(within(onStrategy.target).getByTestId('node-title-s1').closest('.ant-table-cell')?.getAttribute('style') ?? '').not.toContain('box-shadow');
    onStrategy.drop();
    onStrategy.end();

    const onItself = drag('p2', 'p2', 20);
    expect(onItself.allowed).toBe(false);
    onItself.drop();

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(moves).toEqual([]);
  });

  it('lets only what the viewer may move be dragged', async () => {
    renderOutline('manager');
    await screen.findByTestId('outline-row-p1');
    expect(screen.getByTestId('outline-row-p1').getAttribute('draggable')).toBe('true');
    expect(screen.getByTestId('outline-row-o1').getAttribute('draggable')).toBe('false');
    expect(screen.getByTestId('outline-row-s1').getAttribute('draggable')).toBe('false');
    expect(screen.queryByTestId('move-node-o1')).toBeNull();
    expect(screen.getByTestId('move-node-p1')).toBeTruthy();
  });

  it('moves from the keyboard through the "Move…" dialog', async () => {
    const { moves } = renderOutline('executive');
    await userEvent.click(await screen.findByTestId('move-node-p3'));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Move “Title p3”')).toBeTruthy();
    expect(within(dialog).getByText('It is already there.')).toBeTruthy();
    expect((within(dialog).getByTestId('node-move-submit') as HTMLButtonElement).disabled).toBe(true);

    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Position' }));
    await userEvent.click(await screen.findByText('At the top'));
    await userEvent.click(within(dialog).getByTestId('node-move-submit'));

    await waitFor(() => expect(moves).toEqual([{ id: 'p3', parentId: 'o1', sortOrder: 1, version: 4 }]));
  });

  it('shows the conflict alert when someone changed the node first, and re-applies the move on the new version', async () => {
    const { moves } = renderOutline('executive', (input) =>
      input.version === 4
        ? { errors: [{ message: 'The node changed', extensions: { code: 'CONFLICT', current: { id: 'p3', version: 6, title: 'Renamed' } } }] }
        : moved(input),
    );
    await screen.findByTestId('outline-row-p3');
    drag('p3', 'p1', 5).drop();

    expect(await screen.findByTestId('node-conflict')).toBeTruthy();
    expect(screen.getByTestId('conflict-theirs-title').textContent).toBe('Renamed');
    await userEvent.click(screen.getByTestId('conflict-reapply'));

    await waitFor(() => expect(moves).toEqual([
      { id: 'p3', parentId: 'o1', sortOrder: 1, version: 4 },
      { id: 'p3', parentId: 'o1', sortOrder: 1, version: 6 },
    ]));
    await waitFor(() => expect(screen.queryByTestId('node-conflict')).toBeNull());
  });
});
