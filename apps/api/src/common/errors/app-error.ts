/**
 * The error codes a client can act on. Every error that reaches a client
 * carries one of these in `extensions.code`; anything else is reported as
 * INTERNAL_SERVER_ERROR without details.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  /** A locked budget refuses changes to its drivers and positions until it is unlocked. */
  | 'BUDGET_LOCKED'
  /** The database cannot be reached for the moment; `retryAfterSeconds` says when to try again. */
  | 'SERVICE_UNAVAILABLE';

export interface FieldProblem {
  field: string;
  message: string;
  problems?: string[];
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Please sign in again.') => new AppError('UNAUTHENTICATED', message);

export const forbidden = (message = 'Your role does not allow this.') => new AppError('FORBIDDEN', message);

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);

export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  new AppError('BAD_USER_INPUT', message, { field, ...extra });

/** A stale write: `current` carries the values the other person saved. */
export const conflict = (message: string, current?: unknown) =>
  new AppError('CONFLICT', message, current === undefined ? {} : { current });
