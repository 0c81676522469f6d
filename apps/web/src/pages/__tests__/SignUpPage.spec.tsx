import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RedirectIfSignedIn } from '../../modules/session/components/RedirectIfSignedIn';
import { authPayloadFixture, viewerFixture } from '../../test/fixtures';
import { fakeRequester, fakeSession, renderWithSession } from '../../test/renderWithSession';
import { SignUpPage } from '../SignUpPage';

const newAccount = authPayloadFixture('token-1', viewerFixture('staff', { organization: null, membership: null, organizations: [] }));

async function signUp(password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'mei.lin@example.com' } });
  fireEvent.change(screen.getByLabelText('Name'), { target: { value: ' Mei Lin ' } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  await userEvent.type(screen.getByLabelText('Password'), '{Enter}');
}

function renderAt(path: string, answer = () => Promise.resolve<unknown>({ signUp: newAccount })) {
  const requester = fakeRequester(answer);
  renderWithSession(<SignUpPage />, {
    session: fakeSession({ request: requester.request }),
    path,
    pattern: '/sign-up',
    layout: <RedirectIfSignedIn />,
  });
  return requester.mock;
}

describe('SignUpPage', () => {
  it('refuses a password the policy rejects, before asking the server', async () => {
    const request = renderAt('/sign-up');
    await signUp('password123');
    expect(await screen.findByText('The password doesn’t meet the requirements below yet.')).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
  });

  it('creates the account in the chosen language and leads to creating an organisation', async () => {
    const request = renderAt('/sign-up');
    await signUp('Harbour-lights-42');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/organizations/new'));
    expect(request.mock.calls[0]?.[1]).toEqual({
      input: { email: 'mei.lin@example.com', displayName: 'Mei Lin', password: 'Harbour-lights-42', locale: 'en' },
    });
  });

  it('returns to the invitation the person came from', async () => {
    renderAt('/sign-up?next=%2Finvite%2Ftok-1');
    await signUp('Harbour-lights-42');
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/invite/tok-1'));
  });
});
