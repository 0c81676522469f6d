import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { authPayloadFixture } from '../../../../test/fixtures';
import { OVERVIEW_QUERY } from '../../../overview/graphql/queries/overviewQuery';
import { createAppApolloClient } from '../createAppApolloClient';
import type { AuthPayload } from '../createSession';
import { SessionManager } from '../sessionManager';
import type { RefreshOutcome } from '../sessionManager';

const unauthenticated = { errors: [{ message: 'Access token expired', extensions: { code: 'UNAUTHENTICATED' } }] };
const overview = { data: { __typename: 'Query', members: [{ __typename: 'Member', id: 'm1', active: true }], departments: [] } };

/** A stand-in for the server: answers in turn and remembers the Authorization header of each request. */
function fakeServer(answers: object[]) {
  const authorizations: (string | undefined)[] = [];
  const link = new ApolloLink((operation) => {
    const headers = operation.getContext()['headers'] as Record<string, string> | undefined;
    authorizations.push(headers?.['authorization']);
    const answer = answers.shift() ?? unauthenticated;
    return new Observable<ApolloLink.Result>((observer) => {
      observer.next(answer as ApolloLink.Result);
      observer.complete();
    });
  });
  return { link, authorizations };
}

function clientWith(answers: object[], refresh: () => Promise<RefreshOutcome<AuthPayload>>) {
  const manager = new SessionManager<AuthPayload>({ requestRefresh: refresh });
  manager.establish(authPayloadFixture('old-token'));
  const server = fakeServer(answers);
  const client = createAppApolloClient(manager, { httpLink: server.link, subscriptionLink: server.link });
  return { client, manager, server };
}

describe('refresh on UNAUTHENTICATED', () => {
  it('refreshes once and retries the operation with the new token', async () => {
    const refresh = vi.fn(async (): Promise<RefreshOutcome<AuthPayload>> => ({ kind: 'ok', payload: authPayloadFixture('new-token') }));
    const { client, server } = clientWith([unauthenticated, overview], refresh);

    const { data } = await client.query({ query: OVERVIEW_QUERY, fetchPolicy: 'network-only' });

    expect(data?.members).toHaveLength(1);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(server.authorizations).toEqual(['Bearer old-token', 'Bearer new-token']);
  });

  it('gives up after one retry instead of looping', async () => {
    const refresh = vi.fn(async (): Promise<RefreshOutcome<AuthPayload>> => ({ kind: 'ok', payload: authPayloadFixture('new-token') }));
    const { client, server } = clientWith([unauthenticated, unauthenticated, overview], refresh);

    await expect(client.query({ query: OVERVIEW_QUERY, fetchPolicy: 'network-only' })).rejects.toThrow('Access token expired');
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(server.authorizations).toHaveLength(2);
  });

  it('passes the error on and ends the session when the refresh is refused', async () => {
    const refresh = vi.fn(async (): Promise<RefreshOutcome<AuthPayload>> => ({ kind: 'unauthenticated' }));
    const { client, manager, server } = clientWith([unauthenticated, overview], refresh);
    const events: string[] = [];
    manager.subscribe((event) => events.push(event.type));

    await expect(client.query({ query: OVERVIEW_QUERY, fetchPolicy: 'network-only' })).rejects.toThrow('Access token expired');
    expect(server.authorizations).toHaveLength(1);
    expect(manager.accessToken()).toBeNull();
    expect(events).toContain('expired');
  });

  it('leaves other errors alone', async () => {
    const forbidden = { errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] };
    const refresh = vi.fn(async (): Promise<RefreshOutcome<AuthPayload>> => ({ kind: 'unauthenticated' }));
    const { client } = clientWith([forbidden], refresh);

    await expect(client.query({ query: OVERVIEW_QUERY, fetchPolicy: 'network-only' })).rejects.toThrow('No');
    expect(refresh).not.toHaveBeenCalled();
  });
});
