import type { AuthPayloadFieldsFragment } from '../../../gql/graphql';
import { hasApiErrorCode } from '../../errors/utils/apiErrors';
import { REFRESH_SESSION_MUTATION } from '../graphql/mutations/refreshSessionMutation';
import { createFetchRequester } from './graphqlRequest';
import type { GraphQLRequester } from './graphqlRequest';
import { SessionManager } from './sessionManager';
import type { RefreshOutcome } from './sessionManager';

export type AuthPayload = AuthPayloadFieldsFragment;

export interface Session {
  manager: SessionManager<AuthPayload>;
  /** For the session's own operations (sign in/up/out, refresh, language); the app uses Apollo Client. */
  request: GraphQLRequester;
}

export const GRAPHQL_PATH = '/graphql';

export async function requestRefresh(request: GraphQLRequester): Promise<RefreshOutcome<AuthPayload>> {
  try {
    const data = await request(REFRESH_SESSION_MUTATION);
    return { kind: 'ok', payload: data.refreshSession };
  } catch (error) {
    return hasApiErrorCode(error, 'UNAUTHENTICATED') ? { kind: 'unauthenticated' } : { kind: 'failed', error };
  }
}

export function createSession(options: { fetch?: typeof globalThis.fetch } = {}): Session {
  // The requester reads the manager's token and the manager refreshes
  // through the requester; the arrow functions tie the knot lazily.
  const manager: SessionManager<AuthPayload> = new SessionManager<AuthPayload>({
    requestRefresh: () => requestRefresh(request),
  });
  const request = createFetchRequester({ url: GRAPHQL_PATH, accessToken: () => manager.accessToken(), fetch: options.fetch });
  return { manager, request };
}
