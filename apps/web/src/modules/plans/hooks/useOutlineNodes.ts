import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PlanNodeRowFieldsFragment } from '../../../gql/graphql';
import { NODE_SUBTREE_QUERY } from '../graphql/queries/nodeSubtreeQuery';
import { PLAN_OUTLINE_QUERY } from '../graphql/queries/planOutlineQuery';
import { mergeNodes } from '../utils/outlineTree';

/**
 * What the outline loads up front: strategies, objectives and projects, as
 * long as they number at most `fitWithin`; on a larger plan only strategies
 * and objectives, each objective's part loading when it is opened. Tasks and
 * activities come per opened project.
 */
export const OUTLINE_VARIABLES = { depth: 3, fitWithin: 1000 } as const;

/**
 * The plan's top levels plus the subtrees the person has opened. A large plan
 * is never loaded whole (PERF.md: keep a screen under ~2k cached entities);
 * each opened node is watched as its own NodeSubtree query, so the
 * organisation events refresh it like any other page query.
 */
export function useOutlineNodes(planId: string) {
  const client = useApolloClient();
  const outline = useQuery(PLAN_OUTLINE_QUERY, { variables: { planId, ...OUTLINE_VARIABLES }, fetchPolicy: 'cache-and-network' });
  const [openedIds, setOpenedIds] = useState<string[]>([]);
  const [subtrees, setSubtrees] = useState<Record<string, readonly PlanNodeRowFieldsFragment[]>>({});
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

  // The levels the outline brought (the API may have brought fewer than asked for).
  const outlineLevels = useMemo(() => 1 + Math.max(-1, ...(outlineNodes ?? []).map((node) => node.depth)), [outlineNodes]);
  const byId = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  /** Whether the children of `id` came with the outline's own read (not with a subtree loaded since). */
  const childrenInOutline = useCallback(
    (id: string) => {
      const node = byId.get(id);
      return node !== undefined && node.depth < outlineLevels - 1;
    },
    [byId, outlineLevels],
  );
  /** Whether the children of `id` are loaded with what is loaded now: the outline's levels, or a subtree opened at or above it. */
  const childrenLoaded = useCallback(
    (id: string) => {
      for (let at = byId.get(id); at; at = at.parentId ? byId.get(at.parentId) : undefined) {
        if (openedIds.includes(at.id) && subtrees[at.id]) return true;
      }
      return childrenInOutline(id);
    },
    [byId, openedIds, subtrees, childrenInOutline],
  );

  /** Whether `id` has children still to load: always for projects not opened; for objectives only on a large plan. */
  const hasChildrenToLoad = useCallback((id: string) => (byId.get(id)?.childCount ?? 0) > 0 && !childrenLoaded(id), [byId, childrenLoaded]);
  const unloaded = useMemo(() => nodes.filter((node) => hasChildrenToLoad(node.id)), [nodes, hasChildrenToLoad]);
  const partlyLoaded = unloaded.length > 0;
  const objectivesClosed = unloaded.some((node) => node.level === 'objective');

  return {
    nodes,
    byId,
    childrenInOutline,
    childrenLoaded,
    hasChildrenToLoad,
    partlyLoaded,
    objectivesClosed,
    loading: outline.loading && !outline.data,
    error: outline.error && !outline.data ? outline.error : undefined,
    openSubtree,
    loadSubtree,
    loadingIds,
    failedIds,
  };
}
