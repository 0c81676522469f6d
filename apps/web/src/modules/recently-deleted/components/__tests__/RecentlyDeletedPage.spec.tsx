import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import type { Role } from '@opsplan/domain';
import { DEFAULT_STAGE_NAMES } from '@opsplan/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { RecentlyDeletedQuery } from '../../../../gql/graphql';
import { i18n } from '../../../../i18n/i18n';
import { VIEWER_QUERY } from '../../../session/graphql/queries/viewerQuery';
import { viewerFixture } from '../../../../test/fixtures';
import { fakeSession, renderWithSession } from '../../../../test/renderWithSession';
import { RecentlyDeletedPage } from '../../../../pages/RecentlyDeletedPage';
import { RECENTLY_DELETED_QUERY } from '../../graphql/queries/recentlyDeletedQuery';
import { RESTORE_DELETED_DEPARTMENT_MUTATION, RESTORE_DELETED_NODE_MUTATION } from '../../graphql/mutations/restoreDeletedItemMutations';

// Lazy chunks and antd's popovers are slow in jsdom when every suite runs at once.
const SLOW = { timeout: 5000 };

type Item = RecentlyDeletedQuery['recentlyDeleted'][number];

const item = (id: string, extra: Partial<Item>): Item => ({
  __typename: 'DeletedItem',
  id,
  kind: 'planNode',
  title: `Title ${id}`,
  titleZh: null,
  stageKey: null,
  level: null,
  planId: null,
  context: null,
  itemCount: 1,
  deletedAt: '2026-03-02T09:30:00.000Z',
  parentDeleted: false,
  deletedBy: { __typename: 'User', id: 'u1', displayName: '李伟' },
  ...extra,
});

const objective = item('n1', { title: 'Grow the delivery business', level: 'objective', planId: 'p1', context: '2026 plan', itemCount: 14 });
const activity = item('n2', { title: 'Call suppliers', level: 'activity', planId: 'p1', context: '2026 plan', parentDeleted: true });
const department = item('d1', { kind: 'department', title: 'Archive', context: 'Operations', itemCount: 2, deletedBy: null });
const template = item('t1', { kind: 'planTemplate', title: 'Noodle Nook', titleZh: '面馆二店' });
const stage = item('s1', { kind: 'cycleStage', title: DEFAULT_STAGE_NAMES.sales_forecast, stageKey: 'sales_forecast', planId: 'p1', context: '2026 cycle' });

/** The list as the API answers it, answer after answer: each fetch takes the next list, the last one repeats. */
function listMock(...lists: Item[][]): MockLink.MockedResponse & { fetches: () => number } {
  let fetches = 0;
  return {
    request: { query: RECENTLY_DELETED_QUERY },
    result: () => ({ data: { __typename: 'Query', recentlyDeleted: lists[Math.min(fetches++, lists.length - 1)] } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
    fetches: () => fetches,
  };
}

function renderPage(role: Role, mocks: MockLink.MockedResponse[]) {
  const cache = new InMemoryCache();
  cache.writeQuery({ query: VIEWER_QUERY, data: { __typename: 'Query', viewer: viewerFixture(role) } });
  return renderWithSession(
    <MockedProvider mocks={mocks} cache={cache}>
      <RecentlyDeletedPage />
    </MockedProvider>,
    { session: fakeSession({ status: 'signedIn' }), path: '/recently-deleted' },
  );
}

const rowOf = (id: string) => screen.getByTestId(`deleted-title-${id}`).closest('tr') as HTMLElement;

describe('the recently deleted page', { timeout: 15_000 }, () => {
  it('lists each deletion with its kind, where it was, its size, who deleted it and when', async () => {
    renderPage('admin', [listMock([objective, activity, department, template, stage])]);
    await screen.findByTestId('deleted-title-n1', {}, SLOW);

    const first = within(rowOf('n1'));
    expect(first.getByText('Grow the delivery business')).toBeTruthy();
    expect(first.getByText('Objective')).toBeTruthy();
    expect(first.getByText('2026 plan')).toBeTruthy();
    expect(first.getByText('14 items')).toBeTruthy();
    expect(first.getByText('李伟')).toBeTruthy();
    expect(first.getByText(/^2026-03-02 \d\d:30$/)).toBeTruthy();

    expect(within(rowOf('d1')).getByText('Department')).toBeTruthy();
    expect(within(rowOf('d1')).getByText('Unknown')).toBeTruthy();
    expect(within(rowOf('t1')).getByText('Template')).toBeTruthy();
    // A default stage is named in the interface language, not by its stored bilingual name.
    expect(screen.getByTestId('deleted-title-s1').textContent).toBe(i18n.t('cycles.stageKeys.sales_forecast'));
    expect(screen.getByTestId('deleted-count-t1').textContent).toBe('1 item');
    // An item whose parent was deleted separately waits for the parent.
    expect((screen.getByTestId('deleted-restore-n2') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('deleted-restore-n1') as HTMLButtonElement).disabled).toBe(false);
  });

  it('names a template in Chinese when the interface is in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    try {
      renderPage('admin', [listMock([template])]);
      expect((await screen.findByTestId('deleted-title-t1', {}, SLOW)).textContent).toBe('面馆二店');
      expect(screen.getByText('最近删除')).toBeTruthy();
      expect(screen.getByTestId('deleted-count-t1').textContent).toBe('共 1 项');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('restores after asking, says so, and shows the list without it', async () => {
    const restored: unknown[] = [];
    const list = listMock([objective, activity], [item('n2', { ...activity, parentDeleted: false })]);
    renderPage('admin', [
      list,
      {
        request: { query: RESTORE_DELETED_NODE_MUTATION, variables: { id: 'n1' } },
        result: (variables) => {
          restored.push(variables);
          return { data: { __typename: 'Mutation', restoreNode: { __typename: 'PlanNode', id: 'n1' } } };
        },
      },
    ]);
    fireEvent.click(await screen.findByTestId('deleted-restore-n1', {}, SLOW));
    const confirm = await screen.findByRole('tooltip', {}, SLOW);
    expect(confirm.textContent).toContain('Restore “Grow the delivery business”?');
    expect(confirm.textContent).toContain('The 13 items deleted with it come back too.');
    expect(restored).toEqual([]); // nothing happens before the confirmation
    fireEvent.click(within(confirm).getByRole('button', { name: 'Restore' }));

    expect(await screen.findByText('“Grow the delivery business” restored', {}, SLOW)).toBeTruthy();
    expect(restored).toEqual([{ id: 'n1' }]);
    await waitFor(() => expect(screen.queryByTestId('deleted-title-n1')).toBeNull(), SLOW);
    // Its former child can now be restored on its own.
    expect((screen.getByTestId('deleted-restore-n2') as HTMLButtonElement).disabled).toBe(false);
    expect(list.fetches()).toBeGreaterThanOrEqual(2);
  });

  it('shows why a restore was refused and fetches the list again', async () => {
    const list = listMock([department]);
    renderPage('admin', [
      list,
      {
        request: { query: RESTORE_DELETED_DEPARTMENT_MUTATION, variables: { id: 'd1' } },
        result: { errors: [new GraphQLError('Its parent department is deleted too. Restore the parent first.', { extensions: { code: 'BAD_USER_INPUT', field: 'id' } })] },
      },
    ]);
    fireEvent.click(await screen.findByTestId('deleted-restore-d1', {}, SLOW));
    fireEvent.click(within(await screen.findByRole('tooltip', {}, SLOW)).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText(/^“Archive” cannot be restored as things stand/, {}, SLOW)).toBeTruthy();
    await waitFor(() => expect(list.fetches()).toBe(2), SLOW);
    expect(screen.getByTestId('deleted-title-d1')).toBeTruthy();
  });

  it('explains, when nothing is there, that deleted items stay for six months', async () => {
    renderPage('executive', [listMock([])]);
    const empty = await screen.findByTestId('recently-deleted-empty', {}, SLOW);
    expect(empty.textContent).toContain('Nothing has been deleted in the last six months');
    expect(empty.textContent).toContain('appear here for six months');
  });

  it('is not for managers or staff', async () => {
    for (const role of ['manager', 'staff'] as const) {
      const { unmount } = renderPage(role, []);
      expect(await screen.findByText('No access', {}, SLOW)).toBeTruthy();
      expect(screen.queryByTestId('recently-deleted-table')).toBeNull();
      unmount();
    }
  });
});
