import { useQuery } from '@apollo/client/react';
import type { ViewerFieldsFragment } from '../../../gql/graphql';
import { VIEWER_QUERY } from '../graphql/queries/viewerQuery';
import { useSession } from './useSession';

/**
 * The signed-in person, their current organisation and role. The session
 * writes it to the cache with every new token, so this rarely hits the network.
 */
export function useViewer(): { viewer: ViewerFieldsFragment | undefined; loading: boolean } {
  const { status } = useSession();
  const { data, loading } = useQuery(VIEWER_QUERY, { fetchPolicy: 'cache-first', skip: status !== 'signedIn' });
  return { viewer: status === 'signedIn' ? data?.viewer : undefined, loading };
}
