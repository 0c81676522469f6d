import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { authPayloadFixture } from '../../test/fixtures';
import { fakeRequester, fakeSession, renderWithSession } from '../../test/renderWithSession';
import { GraphQLRequestError } from '../../modules/session/utils/graphqlRequest';
import { RedirectIfSignedIn } from '../../modules/session/components/RedirectIfSignedIn';
import { SignInPage } from '../SignInPage';

async function submit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  // Enter in the password field submits, as a person would.
  await userEvent.type(screen.getByLabelText('Password'), '{Enter}');
}

function formItemOf(id: string): HTMLElement {
  const item = document.getElementById(id)?.closest<HTMLElement>('.ant-form-item');
  if (!item) throw new Error(`no form item for #${id}`);
  return item;
}

describe('SignInPage', () => {
  it('shows a BAD_USER_INPUT error on the field it names', async () => {
    const { request, mock } = fakeRequester(() =>
      Promise.reject(new GraphQLRequestError([{ message: 'email is not valid', extensions: { code: 'BAD_USER_INPUT', field: 'email' } }])),
    );
    renderWithSession(<SignInPage />, { session: fakeSession({ request }), path: '/sign-in' });

    await submit('li.wei@example.com', 'Secret-passw0rd');

    await waitFor(() => expect(formItemOf('email').textContent).toContain('Enter a valid email address.'));
    expect(mock).toHaveBeenCalledTimes(1);
    expect(formItemOf('password').textContent).not.toContain('Enter a valid email address.');
  });

  it('lists password problems from the API on the password field', async () => {
    const { request } = fakeRequester(() =>
      Promise.reject(
        new GraphQLRequestError([
          { message: 'weak', extensions: { code: 'BAD_USER_INPUT', field: 'password', problems: ['too_short', 'not_a_problem'] } },
        ]),
      ),
    );
    renderWithSession(<SignInPage />, { session: fakeSession({ request }), path: '/sign-in' });

    await submit('li.wei@example.com', 'short');

    await waitFor(() => expect(formItemOf('password').textContent).toContain('The password is too short.'));
  });

  it('says so when the email or password is wrong, without blaming a field', async () => {
    const { request } = fakeRequester(() =>
      Promise.reject(new GraphQLRequestError([{ message: 'Invalid credentials', extensions: { code: 'UNAUTHENTICATED' } }])),
    );
    renderWithSession(<SignInPage />, { session: fakeSession({ request }), path: '/sign-in' });

    await submit('li.wei@example.com', 'Wrong-passw0rd');

    expect(await screen.findByText('The email or password is incorrect.')).toBeTruthy();
    expect(formItemOf('email').querySelector('.ant-form-item-explain-error')).toBeNull();
  });

  it('signs in and continues to the page the person came for', async () => {
    const payload = authPayloadFixture('token-1');
    const { request, mock } = fakeRequester((operation) =>
      operation === 'SignIn' ? Promise.resolve({ signIn: payload }) : Promise.reject(new Error(String(operation))),
    );
    const establish = vi.fn();
    renderWithSession(<SignInPage />, {
      session: fakeSession({ request, establish }),
      path: '/sign-in?next=%2Fmembers',
      pattern: '/sign-in',
      layout: <RedirectIfSignedIn />,
    });

    await submit('  li.wei@example.com ', 'Secret-passw0rd');

    await waitFor(() => expect(establish).toHaveBeenCalledWith(payload));
    expect(mock.mock.calls[0]?.[1]).toEqual({ input: { email: 'li.wei@example.com', password: 'Secret-passw0rd' } });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/members'));
  });

  it('does not follow a next link to another site', async () => {
    const { request } = fakeRequester(() => Promise.resolve({ signIn: authPayloadFixture('token-1') }));
    renderWithSession(<SignInPage />, {
      session: fakeSession({ request }),
      path: '/sign-in?next=%2F%2Fevil.example',
      pattern: '/sign-in',
      layout: <RedirectIfSignedIn />,
    });

    await submit('li.wei@example.com', 'Secret-passw0rd');

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
  });
});
