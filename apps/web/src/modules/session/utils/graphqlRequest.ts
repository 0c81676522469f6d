import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { DocumentNode } from 'graphql';

export interface GraphQLErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The server answered with `errors`. Shaped like Apollo's CombinedGraphQLErrors, so one reader handles both. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  constructor(readonly errors: readonly GraphQLErrorShape[]) {
    super(errors.map((error) => error.message).join('\n'));
  }
}

export type GraphQLRequester = <TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
) => Promise<TData>;

interface FetchRequesterOptions {
  url: string;
  accessToken: () => string | null;
  fetch?: typeof globalThis.fetch;
}

function operationName(document: DocumentNode): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}

/**
 * A plain fetch for the handful of operations the signed-out pages need
 * (sign in, sign up, refresh, sign out). Apollo Client and its cache load
 * with the signed-in app, keeping them out of the sign-in page's first load.
 */
export function createFetchRequester({ url, accessToken, fetch = globalThis.fetch }: FetchRequesterOptions): GraphQLRequester {
  return async function request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<TData> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    const token = accessToken();
    if (token) headers['authorization'] = `Bearer ${token}`;
    const response = await fetch(url, {
      method: 'POST',
      // The refresh token is an httpOnly cookie; it must travel with these requests.
      credentials: 'include',
      headers,
      body: JSON.stringify({ query: print(document), variables: variables ?? {}, operationName: operationName(document) }),
    });
    let body: { data?: unknown; errors?: GraphQLErrorShape[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new Error(`GraphQL request failed with HTTP ${response.status}`);
    }
    if (body.errors && body.errors.length > 0) throw new GraphQLRequestError(body.errors);
    if (!response.ok || body.data === undefined || body.data === null) {
      throw new Error(`GraphQL request failed with HTTP ${response.status}`);
    }
    // The document's type, generated from the schema, describes this payload.
    return body.data as TData;
  };
}
