import { HttpException } from '@nestjs/common';
import { ExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppError, ErrorCode } from './app-error';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database-unavailable';

const HTTP_TO_CODE: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
};

/**
 * Turns any error raised while answering a GraphQL request into a client-safe
 * error: typed code, a message a person can act on, never a stack or SQL.
 */
export function formatGraphQLError(error: GraphQLError, log?: Logger): GraphQLFormattedError {
  const original = unwrap(error);
  const base = { message: error.message, locations: error.locations, path: error.path };

  if (original instanceof AppError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.extensions } };
  }
  if (original instanceof HttpException) {
    const code = HTTP_TO_CODE[original.getStatus()] ?? 'BAD_USER_INPUT';
    return { ...base, message: original.message, extensions: { code } };
  }
  const status = requestErrorStatus(original);
  if (status !== undefined) {
    // Refused before GraphQL ran (body too large, bad JSON, wrong content type): the caller's mistake, not ours.
    const message = status === 413 ? 'The request is too large.' : (original as Error).message;
    return { message, extensions: { code: HTTP_TO_CODE[status] ?? 'BAD_USER_INPUT' } };
  }
  if (!error.originalError || error.originalError instanceof GraphQLError) {
    // Parse and validation errors from graphql-js: the message names the
    // field or argument, which is what the caller needs.
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  if (isDatabaseUnavailable(original)) {
    // Expected while PostgreSQL restarts or a connection is killed: a warning, and an answer the client can act on.
    log?.warn({ err: original }, 'database unavailable while resolving a GraphQL request');
    return {
      ...base,
      message: 'The database is not reachable at the moment. Please try again in a few seconds.',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: RETRY_AFTER_SECONDS },
    };
  }
  log?.error({ err: original }, 'unexpected error while resolving a GraphQL request');
  return { ...base, message: 'Something went wrong on our side. Please try again.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function unwrap(error: GraphQLError): unknown {
  let current: unknown = error;
  while (current instanceof GraphQLError && current.originalError && current.originalError !== current) {
    current = current.originalError;
  }
  // mercurius wraps resolver errors once more in its own error type
  const inner = (current as { originalError?: unknown } | undefined)?.originalError;
  return inner instanceof AppError || inner instanceof HttpException ? inner : current;
}

/**
 * mercurius reports a request that failed parsing or validation as one error
 * whose `errors` hold graphql-js's own; the caller needs those, one by one.
 */
export function expandRequestErrors(error: GraphQLError): GraphQLError[] {
  const inner = (error.originalError as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(inner)) return [error];
  return inner.map((e: Error) => (e instanceof GraphQLError ? e : new GraphQLError(e.message)));
}

export function statusFor(result: ExecutionResult): number {
  // A request refused before execution keeps its HTTP status (413, 415, …).
  const refused = (result.errors ?? []).map((e) => requestErrorStatus(e.originalError)).find((s) => s !== undefined);
  if (refused !== undefined) return refused;
  // Execution errors travel with HTTP 200 (the spec's "partial success");
  // a request that could not be executed at all is a 400.
  return result.data === undefined ? 400 : 200;
}

/** The 4xx status of an error Fastify or mercurius raised while reading the request, if it is one. */
function requestErrorStatus(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
