import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { DeletedItemKind, RecentlyDeletedQuery } from '../../../gql/graphql';
import { RECENTLY_DELETED_QUERY } from '../graphql/queries/recentlyDeletedQuery';
import {
  RESTORE_DELETED_DEPARTMENT_MUTATION,
  RESTORE_DELETED_NODE_MUTATION,
  RESTORE_DELETED_STAGE_MUTATION,
  RESTORE_DELETED_TEMPLATE_MUTATION,
} from '../graphql/mutations/restoreDeletedItemMutations';

export type DeletedItem = RecentlyDeletedQuery['recentlyDeleted'][number];

/** The cached lists a restore of each kind makes stale: pages showing them fetch them again when next shown. */
const STALE_FIELDS: Record<DeletedItemKind, readonly string[]> = {
  planNode: ['planOutline', 'nodeSubtree', 'myWork', 'planDashboard', 'operationsIndex', 'departmentOverview', 'plans'],
  department: ['departments', 'members'],
  cycleStage: ['planningCycle', 'planningCycles'],
  planTemplate: ['planTemplates'],
};

function forgetStale(cache: ApolloCache, kind: DeletedItemKind): void {
  for (const fieldName of STALE_FIELDS[kind]) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/** Restores one listed deletion through its kind's own mutation, then fetches the list again. */
export function useRestoreDeletedItem() {
  const options = { refetchQueries: [RECENTLY_DELETED_QUERY], awaitRefetchQueries: true };
  const [restoreNode] = useMutation(RESTORE_DELETED_NODE_MUTATION, { ...options, update: (cache) => forgetStale(cache, 'planNode') });
  const [restoreDepartment] = useMutation(RESTORE_DELETED_DEPARTMENT_MUTATION, { ...options, update: (cache) => forgetStale(cache, 'department') });
  const [restoreStage] = useMutation(RESTORE_DELETED_STAGE_MUTATION, { ...options, update: (cache) => forgetStale(cache, 'cycleStage') });
  const [restoreTemplate] = useMutation(RESTORE_DELETED_TEMPLATE_MUTATION, { ...options, update: (cache) => forgetStale(cache, 'planTemplate') });
  /** The item being restored, so only its button spins. */
  const [restoringId, setRestoringId] = useState<string | null>(null);

  const restore = async (item: DeletedItem): Promise<void> => {
    setRestoringId(item.id);
    const variables = { id: item.id };
    try {
      switch (item.kind) {
        case 'planNode':
          await restoreNode({ variables });
          break;
        case 'department':
          await restoreDepartment({ variables });
          break;
        case 'cycleStage':
          await restoreStage({ variables });
          break;
        case 'planTemplate':
          await restoreTemplate({ variables });
          break;
      }
    } finally {
      setRestoringId(null);
    }
  };

  return { restore, restoringId };
}
