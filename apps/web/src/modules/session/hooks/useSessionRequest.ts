import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useState } from 'react';
import { useSession } from './useSession';

/** Like Apollo's useMutation, for the session operations that run before Apollo Client has loaded. */
export function useSessionRequest<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
): [(variables: TVariables) => Promise<TData>, { loading: boolean }] {
  const { request } = useSession();
  const [loading, setLoading] = useState(false);
  const run = useCallback(
    async (variables: TVariables) => {
      setLoading(true);
      try {
        return await request(document, variables);
      } finally {
        setLoading(false);
      }
    },
    [document, request],
  );
  return [run, { loading }];
}
