import { HttpException } from '@nestjs/common';
import { ExecutionResult, GraphQLError, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppError, ErrorCode } from './app-error';

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
  if (!error.originalError || error.originalError instanceof GraphQLError) {
    // Parse and validation errors from graphql-js: the message names the
    // field or argument, which is what the caller needs.
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
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

export function statusFor(result: ExecutionResult): number {
  // Execution errors travel with HTTP 200 (the spec's "partial success");
  // a request that could not be executed at all is a 400.
  return result.data === undefined ? 400 : 200;
}
