import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { authPayloadFixture } from '../../../../test/fixtures';
import { OVERVIEW_QUERY } from '../../../overview/graphql/queries/overviewQuery';
import { createAppApolloClient } from '../createAppApolloClient';
import type { AuthPayload } from '../createSession';
import { SessionManager } from '../sessionManager';
import type { RefreshOutcome } from '../sessionManager';
import { UNAVAILABLE_RETRIES } from '../unavailableRetryLink';
import { ADD_COMMENT_MUTATION } from '../../../plans/graphql/mutations/addCommentMutation';

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

describe('retry while the database is away (SERVICE_UNAVAILABLE)', () => {
  const unavailable = { errors: [{ message: 'The database is not reachable at the moment.', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 0.01 } }] };
  const noRefresh = async (): Promise<RefreshOutcome<AuthPayload>> => ({ kind: 'unauthenticated' });

  it('tries a read again after the wait the API asks for, until it answers', async () => {
    const { client, server } = clientWith([unavailable, unavailable, overview], noRefresh);

    const { data } = await client.query({ query: OVERVIEW_QUERY, fetchPolicy: 'network-only' });

    expect(data?.members).toHaveLength(1);
    expect(server.authorizations).toHaveLength(3);
  });

  it(`gives up after ${UNAVAILABLE_RETRIES} retries and shows the error`, async () => {
    const { client, server } = clientWith(Array.from({ length: UNAVAILABLE_RETRIES + 2 }, () => unavailable), noRefresh);

    await expect(client.query({ query: OVERVIEW_QUERY, fetchPolicy: 'network-only' })).rejects.toThrow('not reachable');
    expect(server.authorizations).toHaveLength(UNAVAILABLE_RETRIES + 1);
  });

  it('never sends a write twice: it may have landed before the connection broke', async () => {
    const { client, server } = clientWith([unavailable, { data: { addComment: null } }], noRefresh);

    await expect(client.mutate({ mutation: ADD_COMMENT_MUTATION, variables: { input: { nodeId: 'n1', body: 'Hi' } } })).rejects.toThrow('not reachable');
    expect(server.authorizations).toHaveLength(1);
  });
});
