import { ApolloLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import { mergeMap, of, timer } from 'rxjs';
import type { Observable } from 'rxjs';

/** How many times a read is tried again while the API says the database is away. */
export const UNAVAILABLE_RETRIES = 3;
const DEFAULT_WAIT_SECONDS = 2;
const MAX_WAIT_SECONDS = 10;

/** The wait the API asks for when it answers SERVICE_UNAVAILABLE, or null for any other answer. */
function unavailableWaitMs(result: ApolloLink.Result): number | null {
  const error = result.errors?.find((e) => e.extensions?.['code'] === 'SERVICE_UNAVAILABLE');
  if (!error) return null;
  const asked = Number(error.extensions?.['retryAfterSeconds']);
  const seconds = Number.isFinite(asked) && asked >= 0 ? Math.min(asked, MAX_WAIT_SECONDS) : DEFAULT_WAIT_SECONDS;
  return seconds * 1000;
}

/**
 * While PostgreSQL restarts, the API answers SERVICE_UNAVAILABLE with the
 * seconds to wait. Reads are tried again after that wait, a few times, so a
 * page open during a short outage fills in by itself. Writes are not: the
 * person sees the message and decides, since a write whose connection broke
 * at COMMIT may have landed.
 */
export function createUnavailableRetryLink(): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (operation.operationType !== OperationTypeNode.QUERY) return forward(operation);
    const attempt = (left: number): Observable<ApolloLink.Result> =>
      forward(operation).pipe(
        mergeMap((result) => {
          const wait = unavailableWaitMs(result);
          return wait === null || left === 0 ? of(result) : timer(wait).pipe(mergeMap(() => attempt(left - 1)));
        }),
      );
    return attempt(UNAVAILABLE_RETRIES);
  });
}
