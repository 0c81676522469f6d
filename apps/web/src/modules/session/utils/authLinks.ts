import { ApolloLink } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, mergeMap, throwError } from 'rxjs';
import { hasApiErrorCode } from '../../errors/utils/apiErrors';
import type { RefreshOutcome } from './sessionManager';

/** Operations that manage the session themselves; retrying them after a refresh makes no sense. */
const SESSION_OPERATIONS = new Set(['SignIn', 'SignUp', 'RefreshSession', 'SignOut']);

export function createAuthHeaderLink(accessToken: () => string | null): ApolloLink {
  return new SetContextLink((previous) => {
    const token = accessToken();
    if (!token) return {};
    const headers: Record<string, string> = { ...(previous['headers'] as Record<string, string> | undefined) };
    headers['authorization'] = `Bearer ${token}`;
    return { headers };
  });
}

/**
 * When an operation answers UNAUTHENTICATED (the access token expired while
 * the tab slept, say), refresh once and retry it. If the refresh fails the
 * original error goes through and the session manager reports the session
 * as expired, which sends the person to sign-in.
 */
export function createAuthRetryLink(refresh: () => Promise<RefreshOutcome<unknown>>): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    if (!hasApiErrorCode(error, 'UNAUTHENTICATED')) return;
    if (operation.operationName && SESSION_OPERATIONS.has(operation.operationName)) return;
    return from(refresh()).pipe(
      mergeMap((outcome) => {
        if (outcome.kind !== 'ok') return throwError(() => error);
        // Errors of the retried operation go straight to the caller (ErrorLink
        // does not handle them again), so this retries exactly once.
        return forward(operation);
      }),
    );
  });
}
