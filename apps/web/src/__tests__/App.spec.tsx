import type { Role } from '@opsplan/domain';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { AppProviders } from '../AppProviders';
import { createSession } from '../modules/session/utils/createSession';
import { authPayloadFixture, viewerFixture } from '../test/fixtures';

type Answers = Record<string, unknown>;

/** A fake API: answers each operation by name and records what was asked, in order. */
function fakeApi(answers: Answers) {
  const operations: string[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    const { operationName, query } = JSON.parse(String(init?.body)) as { operationName: string; query: string };
    operations.push(operationName);
    const answer = answers[operationName];
    // The documents select __typename on the root type too, as a real server would answer.
    const __typename = query.trimStart().startsWith('mutation') ? 'Mutation' : 'Query';
    const body =
      answer instanceof Error
        ? { errors: [{ message: answer.message, extensions: { code: answer.message } }] }
        : { data: { __typename, ...(answer as object) } };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { fetch, operations };
}

function signedInAs(role: Role): Answers {
  const viewer = viewerFixture(role);
  return {
    RefreshSession: { refreshSession: authPayloadFixture('token-1', viewer) },
    Viewer: { viewer },
    Overview: {
      members: [
        { __typename: 'Member', id: 'm1', active: true },
        { __typename: 'Member', id: 'm2', active: true },
        { __typename: 'Member', id: 'm3', active: false },
      ],
      departments: [],
    },
    SignOut: { signOut: true },
  };
}

const user = (id: string, displayName: string, email: string) => ({ __typename: 'User', id, displayName, email });
const department = { __typename: 'Department', id: 'd1', name: '运营部', parentId: null, sortOrder: 0 };

/** What the remaining pages ask for, so each can be opened. */
const everyPage: Answers = {
  Members: {
    members: [
      { __typename: 'Member', id: 'm1', role: 'admin', active: true, joinedAt: '2025-01-01T00:00:00Z', version: 1, user: user('u1', '李伟', 'li.wei@example.com'), department: null },
      { __typename: 'Member', id: 'm2', role: 'staff', active: true, joinedAt: '2025-01-02T00:00:00Z', version: 3, user: user('u2', '王芳', 'wang.fang@example.com'), department: { __typename: 'Department', id: 'd1', name: '运营部' } },
    ],
    departments: [department],
  },
  Invitations: { invitations: [] },
  Departments: {
    departments: [{ ...department, memberCount: 1, version: 1, manager: null, isHr: false }],
    members: [{ __typename: 'Member', id: 'm2', active: true, user: { __typename: 'User', id: 'u2', displayName: '王芳' } }],
  },
  AuditLog: {
    auditLog: {
      __typename: 'AuditPage',
      nextCursor: null,
      items: [
        {
          __typename: 'AuditEntry',
          id: 'a1',
          entity: 'department',
          entityId: 'd1',
          action: 'update',
          createdAt: '2025-03-01T08:00:00Z',
          actor: user('u1', '李伟', 'li.wei@example.com'),
          changes: [{ __typename: 'AuditChange', field: 'name', before: '"运营"', after: '"运营部"' }],
        },
      ],
    },
  },
  Organization: {
    organization: { __typename: 'Organization', id: 'o1', name: '星河餐饮', currency: 'CNY', fiscalYearStartMonth: 1, createdAt: '2025-01-01T00:00:00Z', version: 1 },
  },
};

function renderApp(answers: Answers, path = '/') {
  const api = fakeApi(answers);
  // Apollo's HttpLink uses the global fetch; the session requester gets it injected.
  vi.stubGlobal('fetch', api.fetch);
  window.history.pushState({}, '', path);
  render(
    <AppProviders session={createSession({ fetch: api.fetch })}>
      <App />
    </AppProviders>,
  );
  return api;
}

describe('App', () => {
  beforeEach(() => {
    // Subscriptions would open a socket; there is no server here, so it never connects.
    vi.stubGlobal(
      'WebSocket',
      class {
        readyState = 0;
        close() {}
        send() {}
      },
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends a visitor without a session to sign-in and remembers where they were going', async () => {
    renderApp({ RefreshSession: new Error('UNAUTHENTICATED') }, '/members');

    expect(await screen.findByTestId('sign-in-form')).toBeTruthy();
    expect(window.location.pathname + window.location.search).toBe('/sign-in?next=%2Fmembers');
  });

  it('restores an admin’s session and shows every section with the overview', async () => {
    const api = renderApp(signedInAs('admin'));

    expect(await screen.findByTestId('overview-organization-name', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByTestId('overview-organization-name').textContent).toBe('星河餐饮');
    await waitFor(() => expect(screen.getByTestId('overview-member-count').textContent).toContain('2'));
    expect(screen.getByTestId('org-switcher')).toBeTruthy();
    expect(screen.getByTestId('lang-switch')).toBeTruthy();
    for (const key of ['overview', 'members', 'departments', 'audit', 'settings']) {
      expect(screen.getByTestId(`nav-${key}`)).toBeTruthy();
    }
    // Two active members already; no departments yet, so that is the next step.
    expect(screen.queryByTestId('next-step-invite')).toBeNull();
    expect(screen.getByTestId('next-step-departments')).toBeTruthy();
    expect(api.operations[0]).toBe('RefreshSession');
  });

  it('lets an admin open every section', async () => {
    renderApp({ ...signedInAs('admin'), ...everyPage });

    fireEvent.click(await screen.findByTestId('nav-members', {}, { timeout: 5000 }));
    expect(await screen.findByText('wang.fang@example.com', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByTestId('member-role-m2')).toBeTruthy();
    expect(screen.queryByTestId('member-role-m1')).toBeNull();
    expect(await screen.findByTestId('pending-invitations')).toBeTruthy();

    fireEvent.click(screen.getByTestId('invite-member'));
    expect(await screen.findByTestId('invite-submit')).toBeTruthy();

    fireEvent.click(screen.getByTestId('nav-departments'));
    fireEvent.click(await screen.findByTestId('department-edit-d1', {}, { timeout: 5000 }));
    await waitFor(() => expect((document.getElementById('department_name') as HTMLInputElement | null)?.value).toBe('运营部'));

    fireEvent.click(screen.getByTestId('nav-audit'));
    expect(await screen.findByTestId('audit-table', {}, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByText('Updated')).toBeTruthy();
    expect(screen.getByText('Department')).toBeTruthy();
    expect(screen.getByText('运营部')).toBeTruthy();

    fireEvent.click(screen.getByTestId('nav-settings'));
    expect(await screen.findByTestId('organization-settings-form', {}, { timeout: 5000 })).toBeTruthy();
    await waitFor(() => expect((document.getElementById('organization_name') as HTMLInputElement).value).toBe('星河餐饮'));
  }, 20_000);

  it('shows a 404 page for unknown addresses', async () => {
    renderApp(signedInAs('staff'), '/no-such-page');
    expect(await screen.findByTestId('not-found', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('shows staff only what their permissions allow', async () => {
    renderApp(signedInAs('staff'));

    expect(await screen.findByTestId('nav-members', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('nav-audit')).toBeNull();
    expect(screen.queryByTestId('nav-settings')).toBeNull();
    // Staff are told who can set up departments, without a button they could not use.
    expect(await screen.findByTestId('next-steps')).toBeTruthy();
    expect(screen.queryByTestId('next-step-departments')).toBeNull();
  });

  it('signs out from the user menu', async () => {
    const api = renderApp(signedInAs('admin'));

    fireEvent.click(await screen.findByTestId('user-menu', {}, { timeout: 5000 }));
    fireEvent.click(await screen.findByTestId('sign-out'));

    expect(await screen.findByTestId('sign-in-form')).toBeTruthy();
    expect(api.operations).toContain('SignOut');
    expect(window.location.pathname).toBe('/sign-in');
  });

  it('sends a signed-in person without an organisation to create one', async () => {
    const viewer = viewerFixture('staff', { organization: null, membership: null, organizations: [], permissions: [] });
    renderApp({ RefreshSession: { refreshSession: authPayloadFixture('token-1', viewer) }, Viewer: { viewer } });

    expect(await screen.findByTestId('no-organization-explanation', {}, { timeout: 5000 })).toBeTruthy();
    expect(window.location.pathname).toBe('/organizations/new');
  });
});
