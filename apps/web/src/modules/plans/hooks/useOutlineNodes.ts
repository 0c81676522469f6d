import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PlanNodeFieldsFragment } from '../../../gql/graphql';
import { NODE_SUBTREE_QUERY } from '../graphql/queries/nodeSubtreeQuery';
import { PLAN_OUTLINE_QUERY } from '../graphql/queries/planOutlineQuery';
import { mergeNodes } from '../utils/outlineTree';

/** Strategy, objective, project: what the outline loads up front. Tasks and activities come per project. */
export const OUTLINE_DEPTH = 3;

/**
 * The plan's top levels plus the subtrees the person has opened. A large plan
 * is never loaded whole (PERF.md: keep a screen under ~2k cached entities);
 * each opened project is watched as its own NodeSubtree query, so the
 * organisation events refresh it like any other page query.
 */
export function useOutlineNodes(planId: string) {
  const client = useApolloClient();
  const outline = useQuery(PLAN_OUTLINE_QUERY, { variables: { planId, depth: OUTLINE_DEPTH }, fetchPolicy: 'cache-and-network' });
  const [openedIds, setOpenedIds] = useState<string[]>([]);
  const [subtrees, setSubtrees] = useState<Record<string, readonly PlanNodeFieldsFragment[]>>({});
  const [failedIds, setFailedIds] = useState<string[]>([]);

  useEffect(() => {
    const subscriptions = openedIds.map((id) =>
      client.watchQuery({ query: NODE_SUBTREE_QUERY, variables: { id }, fetchPolicy: 'cache-first' }).subscribe({
        next: (result) => {
          if (result.error) {
            setFailedIds((ids) => (ids.includes(id) ? ids : [...ids, id]));
            // E.g. the project was deleted: its old copy must not bring it back.
            setSubtrees(({ [id]: _gone, ...rest }) => rest);
          } else if (result.dataState === 'complete') {
            const nodes = result.data.nodeSubtree;
            setSubtrees((current) => ({ ...current, [id]: nodes }));
            setFailedIds((ids) => ids.filter((failed) => failed !== id));
          }
        },
      }),
    );
    return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
  }, [client, openedIds]);

  /** Loads the part below a node that the outline did not include. */
  const openSubtree = useCallback((id: string) => {
    setOpenedIds((ids) => (ids.includes(id) ? ids : [...ids, id]));
  }, []);

  /** Loads the part below a node and resolves once it is in, e.g. for the move dialog's tree. */
  const loadSubtree = useCallback(
    async (id: string) => {
      await client.query({ query: NODE_SUBTREE_QUERY, variables: { id } });
      openSubtree(id);
    },
    [client, openSubtree],
  );

  const outlineNodes = outline.data?.planOutline;
  const nodes = useMemo(
    // Subtrees come after the outline, so their fresher copies of a node win.
    () => mergeNodes(outlineNodes ?? [], ...openedIds.map((id) => subtrees[id] ?? [])),
    [outlineNodes, openedIds, subtrees],
  );
  const loadingIds = openedIds.filter((id) => !subtrees[id] && !failedIds.includes(id));

  return {
    nodes,
    loading: outline.loading && !outline.data,
    error: outline.error && !outline.data ? outline.error : undefined,
    openSubtree,
    loadSubtree,
    loadingIds,
    failedIds,
  };
}
