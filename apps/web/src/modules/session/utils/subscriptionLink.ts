import { ApolloLink } from '@apollo/client';
import type { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import type { Client } from 'graphql-ws';
import { Observable } from 'rxjs';
import type { Subscription } from 'rxjs';

export interface SubscriptionTransport {
  link: ApolloLink;
  /** Reconnect so the server sees the current token (after switching organisation or signing out). */
  restart: () => void;
}

export function graphqlWsUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/**
 * graphql-ws is only needed once the signed-in app subscribes, so it is
 * loaded on the first subscription instead of weighing down sign-in.
 */
export function createSubscriptionTransport(accessToken: () => string | null): SubscriptionTransport {
  let loaded: Promise<{ client: Client; link: GraphQLWsLink }> | null = null;

  const load = () => {
    loaded ??= Promise.all([import('graphql-ws'), import('@apollo/client/link/subscriptions')]).then(
      ([{ createClient }, { GraphQLWsLink }]) => {
        const client = createClient({
          url: graphqlWsUrl(window.location),
          lazy: true,
          retryAttempts: 10,
          // Read at every (re)connect, so a restart picks up the new token.
          connectionParams: () => {
            const token = accessToken();
            return token ? { authorization: `Bearer ${token}` } : {};
          },
        });
        return { client, link: new GraphQLWsLink(client) };
      },
    );
    return loaded;
  };

  const link = new ApolloLink(
    (operation) =>
      new Observable<ApolloLink.Result>((observer) => {
        let inner: Subscription | undefined;
        let closed = false;
        load().then(
          ({ link: wsLink }) => {
            if (!closed) inner = wsLink.request(operation).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );

  return {
    link,
    restart: () => {
      void loaded?.then(({ client }) => client.terminate());
    },
  };
}
