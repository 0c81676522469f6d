import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { theme } from 'antd';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanNodeRowFieldsFragment } from '../../../../gql/graphql';
import { planNodeRowFixture as planNode } from '../../../../test/fixtures';
import { fakeSession, renderWithSession } from '../../../../test/renderWithSession';
import { NODE_DETAILS_QUERY } from '../../graphql/queries/nodeDetailsQuery';
import { planActorOf } from '../../utils/nodeAccess';
import { PlanOutlineSection } from '../PlanOutlineSection';
import { outlineMock } from './renderOutlineSection';

// s1 ─ o1 ─ p1 (at risk, 25%), p2 (off track, overdue)
//    └ o2 (no dates) ─ p3 (into next year), p4 (no dates)
const plan = [
  planNode('s1', null, 'strategy', { childCount: 2, sortOrder: 1 }),
  planNode('o1', 's1', 'objective', { depth: 1, childCount: 2, sortOrder: 1, progress: 50 }),
  planNode('p1', 'o1', 'project', { depth: 2, sortOrder: 1, startDate: '2026-03-01', dueDate: '2026-05-31', status: 'at_risk', progress: 25 }),
  planNode('p2', 'o1', 'project', { depth: 2, sortOrder: 2, startDate: '2026-02-01', dueDate: '2026-02-28', status: 'off_track', progress: 10, overdue: true }),
  planNode('o2', 's1', 'objective', { depth: 1, childCount: 2, sortOrder: 2, startDate: null, dueDate: null }),
  planNode('p3', 'o2', 'project', { depth: 2, sortOrder: 1, startDate: '2026-09-01', dueDate: '2027-03-31' }),
  planNode('p4', 'o2', 'project', { depth: 2, sortOrder: 2, startDate: null, dueDate: null }),
];

function renderSection(path: string, nodes: PlanNodeRowFieldsFragment[] = plan) {
  const opened: unknown[] = [];
  const mocks: MockLink.MockedResponse[] = [
    outlineMock(nodes),
    {
      // The drawer's own read; it stays pending, as only its opening matters here.
      request: { query: NODE_DETAILS_QUERY, variables: (variables) => Boolean(opened.push(variables)) },
      result: { data: null },
      delay: 60_000,
    },
  ];
  const actor = planActorOf({ membership: { id: 'm1', role: 'executive', department: null } });
  renderWithSession(
    <MockedProvider mocks={mocks}>
      <PlanOutlineSection planId="plan-1" planYear={{ start: '2026-01-01', end: '2026-12-31' }} actor={actor} members={[]} departments={[]} />
    </MockedProvider>,
    { session: fakeSession({ status: 'signedIn' }), path },
  );
  return { opened };
}

const location = () => screen.getByTestId('location').textContent;
/** A colour as the DOM reports it back from a style. */
const asStyled = (color: string) => {
  const probe = document.createElement('div');
  probe.style.background = color;
  return probe.style.background;
};
const rowKeys = (timeline: HTMLElement) =>
  [...timeline.querySelectorAll('[data-testid^="timeline-row-"]')].map((row) => row.getAttribute('data-testid')?.slice('timeline-row-'.length));

// antd's table, segmented control and drawer render slowly in jsdom on a busy machine.
describe('the plan’s timeline', { timeout: 20_000 }, () => {
  beforeEach(() => {
    // Only the clock's date: today is 15 June 2026.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 5, 15, 12));
  });
  afterEach(() => vi.useRealTimers());

  it('draws the objectives with their projects below them, by status and progress, from the URL', async () => {
    renderSection('/plan?plan=plan-1&view=timeline');
    const timeline = await screen.findByTestId('plan-timeline');

    expect(screen.queryByTestId('outline-row-o1')).toBeNull();
    expect(rowKeys(timeline)).toEqual(['o1', 'p1', 'p2', 'o2', 'p3']);
    for (const key of ['o1', 'p1', 'p2', 'p3']) expect(within(timeline).getByTestId(`timeline-bar-${key}`)).toBeTruthy();
    // No strategy, no bar for an undated objective, no row for an undated project; both are counted.
    expect(within(timeline).queryByTestId('timeline-bar-s1')).toBeNull();
    expect(within(timeline).queryByTestId('timeline-bar-o2')).toBeNull();
    expect(within(timeline).queryByTestId('timeline-row-p4')).toBeNull();
    expect(screen.getByTestId('plan-timeline-undated').textContent).toBe('2 objectives or projects have no start or due date, so they have no bar. Set their dates in the outline.');

    // The plan year, stretched to p3's due date in March 2027.
    expect(within(timeline).getAllByTestId('timeline-month')).toHaveLength(15);
    expect(within(timeline).getByTestId('timeline-today').textContent).toBe('Today');

    // Coloured as the outline's status tags, filled to the progress.
    const token = theme.getDesignToken();
    const fill = within(timeline).getByTestId('timeline-progress-p1');
    expect(fill.style.width).toBe('25%');
    expect(fill.style.background).toBe(asStyled(token.orange));
    expect(within(timeline).getByTestId('timeline-progress-p3').style.background).toBe(asStyled(token.green));
    expect(within(timeline).getByTestId('timeline-progress-p2').style.background).toBe(asStyled(token.red));

    // The overdue project is marked beside its title and around its bar.
    expect(within(screen.getByTestId('timeline-row-p2')).getByTestId('overdue-tag')).toBeTruthy();
    expect(within(screen.getByTestId('timeline-row-p1')).queryByTestId('overdue-tag')).toBeNull();
    expect(within(timeline).getByTestId('timeline-bar-p2').style.outline).toContain('solid');
    expect(within(timeline).getByTestId('timeline-bar-p1').style.outline).toBe('');
  });

  it('switches between outline and timeline with the view in the URL, keeping the plan', async () => {
    renderSection('/plan?plan=plan-1');
    await screen.findByTestId('outline-row-o1');
    expect(screen.queryByTestId('plan-timeline')).toBeNull();

    const views = screen.getByTestId('plan-view-switch');
    fireEvent.click(within(views).getByText('Timeline'));
    await waitFor(() => expect(location()).toBe('/plan?plan=plan-1&view=timeline'));
    expect(await screen.findByTestId('timeline-bar-p1')).toBeTruthy();
    expect(screen.queryByTestId('outline-row-o1')).toBeNull();

    fireEvent.click(within(views).getByText('Outline'));
    await waitFor(() => expect(location()).toBe('/plan?plan=plan-1'));
    expect(await screen.findByTestId('outline-row-o1')).toBeTruthy();
  });

  it('opens the node drawer from a bar, as the outline does from a title', async () => {
    const { opened } = renderSection('/plan?view=timeline');
    fireEvent.click(await screen.findByTestId('timeline-bar-p1'));

    expect(await screen.findByTestId('node-drawer')).toBeTruthy();
    await waitFor(() => expect(opened).toContainEqual({ id: 'p1' }));
  });

  it('explains what to do when nothing has dates, and leads to the outline', async () => {
    renderSection('/plan?plan=plan-1&view=timeline', [
      planNode('s1', null, 'strategy', { childCount: 1 }),
      planNode('o1', 's1', 'objective', { depth: 1, startDate: null, dueDate: null }),
    ]);

    const empty = await screen.findByTestId('plan-timeline-empty');
    expect(empty.textContent).toContain('Nothing to show on the timeline yet');
    expect(empty.textContent).toContain('Objectives and projects appear here once they have a start and a due date.');
    expect(screen.queryByTestId('timeline-month')).toBeNull();

    fireEvent.click(screen.getByTestId('plan-timeline-show-outline'));
    await waitFor(() => expect(location()).toBe('/plan?plan=plan-1'));
    expect(await screen.findByTestId('outline-row-o1')).toBeTruthy();
  });
});
