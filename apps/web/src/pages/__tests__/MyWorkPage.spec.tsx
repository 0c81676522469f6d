import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MY_WORK_QUERY } from '../../modules/my-work/graphql/queries/myWorkQuery';
import { VIEWER_QUERY } from '../../modules/session/graphql/queries/viewerQuery';
import { planNodeRowFixture as planNode, viewerFixture } from '../../test/fixtures';
import { fakeSession, renderWithSession } from '../../test/renderWithSession';
import { MyWorkPage } from '../MyWorkPage';

const myWork = [
  planNode('a1', 't1', 'activity', { depth: 4, title: 'Visit 40 dealers', status: 'done', progress: 100, ownProgress: 100 }),
  planNode('a2', 't1', 'activity', { depth: 4, title: 'Sign 120 new outlets', status: 'at_risk', progress: 55, ownProgress: 55, overdue: true, dueDate: '2026-11-30' }),
];

function renderPage() {
  const cache = new InMemoryCache();
  cache.writeQuery({ query: VIEWER_QUERY, data: { __typename: 'Query', viewer: viewerFixture('staff') } });
  return renderWithSession(
    <MockedProvider mocks={[{ request: { query: MY_WORK_QUERY }, result: { data: { __typename: 'Query', myWork } } }]} cache={cache}>
      <MyWorkPage />
    </MockedProvider>,
    { session: fakeSession({ status: 'signedIn' }), path: '/my-work' },
  );
}

describe('My work', { timeout: 15_000 }, () => {
  it('lists overdue work first and shows each progress figure, finished work’s too', async () => {
    renderPage();
    const rows = await screen.findAllByTestId(/^my-work-row-/);
    expect(rows.map((row) => row.getAttribute('data-testid'))).toEqual(['my-work-row-a2', 'my-work-row-a1']);
    expect(within(rows[0]).getByText('55%')).toBeTruthy();
    expect(within(rows[1]).getByText('100%')).toBeTruthy();
  });
});
