import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { planNodeRowFixture as planNode } from '../../../../test/fixtures';
import { NODE_SUBTREE_QUERY } from '../../graphql/queries/nodeSubtreeQuery';
import { OUTLINE_VARIABLES } from '../../hooks/useOutlineNodes';
import { renderOutlineSection } from './renderOutlineSection';

// A plan too large for its projects to come with the outline: the API answered
// strategies and objectives only, each objective saying how many children it has.
const outline = [
  planNode('s1', null, 'strategy', { childCount: 2, sortOrder: 1 }),
  planNode('o1', 's1', 'objective', { depth: 1, childCount: 2, sortOrder: 1, overdue: true }),
  planNode('o2', 's1', 'objective', { depth: 1, childCount: 1, sortOrder: 2 }),
];
const o1Subtree = [
  outline[1],
  planNode('p1', 'o1', 'project', { depth: 2, sortOrder: 1, overdue: true }),
  planNode('p2', 'o1', 'project', { depth: 2, sortOrder: 2 }),
];

function renderOutline() {
  const subtreeReads: string[] = [];
  renderOutlineSection(
    outline,
    [
      {
        request: { query: NODE_SUBTREE_QUERY, variables: { id: 'o1' } },
        result: () => {
          subtreeReads.push('o1');
          return { data: { __typename: 'Query', nodeSubtree: o1Subtree } };
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
    null,
  );
  return { subtreeReads };
}

describe('the outline of a large plan', { timeout: 20_000 }, () => {
  it('asks for at most 1,000 nodes up front and shows the objectives closed, each loading its part when opened', async () => {
    expect(OUTLINE_VARIABLES).toEqual({ depth: 3, fitWithin: 1000 });
    const { subtreeReads } = renderOutline();
    const o1 = await screen.findByTestId('outline-row-o1');
    expect(screen.getByTestId('outline-row-o2')).toBeTruthy();
    expect(screen.queryByTestId('outline-row-p1')).toBeNull();
    expect(subtreeReads).toEqual([]);

    await userEvent.click(within(o1).getByRole('button', { name: /expand row/i }));
    expect(await screen.findByTestId('outline-row-p1')).toBeTruthy();
    expect(screen.getByTestId('outline-row-p2')).toBeTruthy();
    expect(subtreeReads).toEqual(['o1']);
  });

  it('says on the timeline that it shows the objectives, and the projects of those opened', async () => {
    renderOutline();
    await screen.findByTestId('outline-row-o1');
    expect(screen.queryByTestId('timeline-partly-loaded')).toBeNull();
    await userEvent.click(within(screen.getByTestId('plan-view-switch')).getByText('Timeline'));
    expect((await screen.findByTestId('timeline-partly-loaded')).textContent).toContain('This plan is large');
  });

  it('opens an objective\'s projects from the timeline', async () => {
    const { subtreeReads } = renderOutline();
    await screen.findByTestId('outline-row-o1');
    await userEvent.click(within(screen.getByTestId('plan-view-switch')).getByText('Timeline'));
    const timeline = await screen.findByTestId('plan-timeline');
    expect(within(timeline).queryByTestId('timeline-bar-p1')).toBeNull();
    expect(within(timeline).getByTestId('timeline-show-projects-o2')).toBeTruthy();

    await userEvent.click(within(timeline).getByTestId('timeline-show-projects-o1'));
    expect(await within(timeline).findByTestId('timeline-bar-p1')).toBeTruthy();
    expect(within(timeline).getByTestId('timeline-bar-p2')).toBeTruthy();
    expect(within(timeline).queryByTestId('timeline-show-projects-o1')).toBeNull();
    expect(within(timeline).getByTestId('timeline-show-projects-o2')).toBeTruthy();
    expect(subtreeReads).toEqual(['o1']);
  });

  it('leaves an objective closed in the outline when its projects were loaded elsewhere, and opens it from them at once', async () => {
    const { subtreeReads } = renderOutline();
    await screen.findByTestId('outline-row-o1');
    await userEvent.click(within(screen.getByTestId('plan-view-switch')).getByText('Timeline'));
    await userEvent.click(await screen.findByTestId('timeline-show-projects-o1'));
    await screen.findByTestId('timeline-bar-p1');

    await userEvent.click(within(screen.getByTestId('plan-view-switch')).getByText('Outline'));
    const o1 = await screen.findByTestId('outline-row-o1');
    expect(screen.queryByTestId('outline-row-p1')).toBeNull();
    await userEvent.click(within(o1).getByRole('button', { name: /expand row/i }));
    expect(await screen.findByTestId('outline-row-p1')).toBeTruthy();
    expect(subtreeReads).toEqual(['o1']);
  });

  it('says that filters look through the loaded rows while a branch is unopened', async () => {
    renderOutline();
    await screen.findByTestId('outline-row-o1');
    expect(screen.queryByTestId('outline-filters-cover-loaded')).toBeNull();

    await userEvent.click(screen.getByTestId('filter-overdue'));
    await waitFor(() => expect(screen.queryByTestId('outline-row-o2')).toBeNull());
    expect(screen.getByTestId('outline-row-o1')).toBeTruthy();
    expect(screen.getByTestId('outline-filters-cover-loaded').textContent).toBe(
      'Filters look through the rows shown so far. Open a collapsed branch to include what is below it.',
    );
  });
});
