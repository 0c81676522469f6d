import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n';
import { ACCEPT_INVITATION_MUTATION } from '../../modules/invitations/graphql/mutations/acceptInvitationMutation';
import { INVITATION_PREVIEW_QUERY } from '../../modules/invitations/graphql/queries/invitationPreviewQuery';
import { VIEWER_QUERY } from '../../modules/session/graphql/queries/viewerQuery';
import { authPayloadFixture, viewerFixture } from '../../test/fixtures';
import { fakeSession, renderWithSession } from '../../test/renderWithSession';
import type { SessionContextValue } from '../../modules/session/hooks/SessionContext';
import { InvitationPage } from '../InvitationPage';

const previewMock: MockLink.MockedResponse = {
  request: { query: INVITATION_PREVIEW_QUERY, variables: { token: 'tok-1' } },
  result: {
    data: {
      __typename: 'Query',
      invitationPreview: {
        __typename: 'InvitationPreview',
        organizationName: '星河餐饮',
        role: 'manager',
        inviterName: '王芳',
        expiresAt: '2030-01-31T16:00:00Z',
      },
    },
  },
};

function renderPage(mocks: MockLink.MockedResponse[], session: SessionContextValue, cache = new InMemoryCache()) {
  const page: ReactElement = (
    <MockedProvider mocks={mocks} cache={cache}>
      <Routes>
        <Route path="/invite/:token" element={<InvitationPage />} />
      </Routes>
    </MockedProvider>
  );
  return renderWithSession(page, { session, path: '/invite/tok-1' });
}

describe('InvitationPage', () => {
  it('shows who invited whom to what, in Chinese, and offers sign-in that comes back here', async () => {
    await i18n.changeLanguage('zh-CN');
    try {
      renderPage([previewMock], fakeSession({ status: 'signedOut' }));

      expect(await screen.findByText('王芳 邀请你加入「星河餐饮」。')).toBeTruthy();
      expect(screen.getByText('部门经理')).toBeTruthy();
      fireEvent.click(screen.getByTestId('invitation-sign-in'));
      expect(screen.getByTestId('location').textContent).toBe('/sign-in?next=%2Finvite%2Ftok-1');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('explains an expired or revoked link', async () => {
    const notFound: MockLink.MockedResponse = {
      request: previewMock.request,
      result: { errors: [{ message: 'Invitation not found', extensions: { code: 'NOT_FOUND' } }] },
    };
    renderPage([notFound], fakeSession({ status: 'signedOut' }));

    expect(await screen.findByText('This invitation link isn’t valid')).toBeTruthy();
    expect(screen.queryByTestId('invitation-sign-in')).toBeNull();
  });

  it('lets a signed-in person accept and enter the organisation', async () => {
    const payload = authPayloadFixture('token-2', viewerFixture('manager'));
    const acceptMock: MockLink.MockedResponse = {
      request: { query: ACCEPT_INVITATION_MUTATION, variables: { token: 'tok-1' } },
      result: { data: { __typename: 'Mutation', acceptInvitation: payload } },
    };
    const cache = new InMemoryCache();
    cache.writeQuery({ query: VIEWER_QUERY, data: { __typename: 'Query', viewer: viewerFixture('staff', { organization: null, membership: null, organizations: [] }) } });
    const enterOrganization = vi.fn();
    renderPage([previewMock, acceptMock], fakeSession({ status: 'signedIn', enterOrganization }), cache);

    fireEvent.click(await screen.findByTestId('accept-invitation'));

    await waitFor(() => expect(enterOrganization).toHaveBeenCalledWith(payload));
  });
});
