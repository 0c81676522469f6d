import { useApolloClient, useSubscription } from '@apollo/client/react';
import { ORGANIZATION_EVENTS_SUBSCRIPTION } from '../graphql/subscriptions/organizationEventsSubscription';
import { useViewer } from '../../session/hooks/useViewer';
import { queriesAffectedBy } from '../utils/organizationEvents';

/**
 * Keeps open pages current when colleagues change things. Our own changes
 * already update the cache through mutation results, so they are skipped.
 */
export function useOrganizationEvents(): void {
  const client = useApolloClient();
  const { viewer } = useViewer();
  const organizationId = viewer?.organization?.id;
  const userId = viewer?.user.id;

  useSubscription(ORGANIZATION_EVENTS_SUBSCRIPTION, {
    skip: !organizationId,
    onData: ({ data }) => {
      const event = data.data?.organizationEvents;
      if (!event || (event.actorId && event.actorId === userId)) return;
      const affected = new Set(queriesAffectedBy(event.entity));
      const active = [...client.getObservableQueries('active')]
        .map((query) => query.queryName)
        .filter((name): name is string => name !== undefined && affected.has(name));
      if (active.length > 0) void client.refetchQueries({ include: active });
    },
    // A broken socket must not break the page; events are a convenience.
    onError: () => undefined,
  });
}
