import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { VIEWER_QUERY } from '../graphql/queries/viewerQuery';
import { createAuthHeaderLink, createAuthRetryLink } from './authLinks';
import { createCache } from './cachePolicies';
import type { AuthPayload } from './createSession';
import { GRAPHQL_PATH } from './createSession';
import type { SessionManager } from './sessionManager';
import { createSubscriptionTransport } from './subscriptionLink';
import { createUnavailableRetryLink } from './unavailableRetryLink';

interface AppApolloClientOptions {
  /** Terminating links; tests pass fakes. */
  httpLink?: ApolloLink;
  subscriptionLink?: ApolloLink;
}

export function writeViewer(client: ApolloClient, viewer: ViewerFieldsFragment): void {
  client.writeQuery({ query: VIEWER_QUERY, data: { __typename: 'Query', viewer } });
}

function readViewer(client: ApolloClient): ViewerFieldsFragment | undefined {
  return client.readQuery({ query: VIEWER_QUERY })?.viewer;
}

/**
 * The signed-in app's client. It follows the session: new tokens for another
 * person or organisation throw away everything cached; a plain refresh only
 * updates the viewer (a changed role shows at once); signing out empties it.
 */
export function createAppApolloClient(manager: SessionManager<AuthPayload>, options: AppApolloClientOptions = {}): ApolloClient {
  const transport = createSubscriptionTransport(() => manager.accessToken());
  // credentials: 'include' keeps the refresh cookie flowing should the API rotate it on any request.
  const httpLink = options.httpLink ?? new HttpLink({ uri: GRAPHQL_PATH, credentials: 'include' });
  const subscriptionLink = options.subscriptionLink ?? transport.link;

  const client = new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([
      createAuthRetryLink(() => manager.refresh()),
      createAuthHeaderLink(() => manager.accessToken()),
      createUnavailableRetryLink(),
      ApolloLink.split(
        (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
        subscriptionLink,
        httpLink,
      ),
    ]),
  });

  const current = manager.current();
  if (current) writeViewer(client, current.viewer);

  manager.subscribe((event) => {
    if (event.type === 'expired' || event.type === 'cleared') {
      transport.restart();
      // A tick later, so the operation whose refresh failed settles with its
      // own UNAUTHENTICATED error rather than "store reset".
      setTimeout(() => void client.clearStore(), 0);
      return;
    }
    const { viewer } = event.payload;
    const cached = readViewer(client);
    const contextChanged =
      cached !== undefined &&
      (cached.user.id !== viewer.user.id || cached.organization?.id !== viewer.organization?.id);
    if (!contextChanged) {
      writeViewer(client, viewer);
      return;
    }
    // Everything cached belongs to the previous organisation. Queries the new
    // role may not run (FORBIDDEN) fail here harmlessly.
    transport.restart();
    void client
      .resetStore()
      .catch(() => undefined)
      .then(() => writeViewer(client, viewer));
  });

  return client;
}
