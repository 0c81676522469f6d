import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Outlet } from 'react-router';
import { useSession } from '../hooks/useSession';
import { createAppApolloClient } from '../utils/createAppApolloClient';
import type { AuthPayload } from '../utils/createSession';
import type { SessionManager } from '../utils/sessionManager';

// One client for the life of the page, created the first time any route
// below needs it, following the one session manager.
const clients = new WeakMap<SessionManager<AuthPayload>, ApolloClient>();

function clientFor(manager: SessionManager<AuthPayload>): ApolloClient {
  let client = clients.get(manager);
  if (!client) {
    client = createAppApolloClient(manager);
    clients.set(manager, client);
  }
  return client;
}

/** Routes that talk to the API through Apollo Client: the app itself and invitation links. */
export function ApolloBoundary() {
  const { manager } = useSession();
  return (
    <ApolloProvider client={clientFor(manager)}>
      <Outlet />
    </ApolloProvider>
  );
}
