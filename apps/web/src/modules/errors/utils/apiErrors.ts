import type { PasswordProblem } from '@opsplan/domain';

/** The `extensions.code` values the API promises. */
export const API_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

// A record (not an array) so adding a problem in libs/domain breaks this file
// until the web knows about it.
const KNOWN_PASSWORD_PROBLEMS: Record<PasswordProblem, true> = {
  too_short: true,
  too_long: true,
  too_few_kinds: true,
  too_common: true,
  contains_email: true,
};

export interface ApiError {
  /** `NETWORK` when no GraphQL answer came back; `UNKNOWN` for codes outside the contract. */
  code: ApiErrorCode | 'NETWORK' | 'UNKNOWN';
  message: string;
  field?: string;
  problems: PasswordProblem[];
}

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (API_ERROR_CODES as readonly string[]).includes(value);
}

function isPasswordProblem(value: unknown): value is PasswordProblem {
  return typeof value === 'string' && Object.hasOwn(KNOWN_PASSWORD_PROBLEMS, value);
}

interface GraphQLErrorsLike {
  errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * Apollo's CombinedGraphQLErrors and the session requester's
 * GraphQLRequestError both carry the server's `errors`. Checked by shape so
 * the sign-in page need not load Apollo to read an error.
 */
export function isGraphQLErrors(error: unknown): error is GraphQLErrorsLike {
  return error instanceof Error && Array.isArray((error as Partial<GraphQLErrorsLike>).errors);
}

/** Flattens a failed operation into the errors the API contract describes. */
export function readApiErrors(error: unknown): ApiError[] {
  if (isGraphQLErrors(error)) {
    return error.errors.map((graphQLError) => {
      const extensions = graphQLError.extensions ?? {};
      const problems = Array.isArray(extensions['problems']) ? extensions['problems'].filter(isPasswordProblem) : [];
      const field = extensions['field'];
      return {
        code: isApiErrorCode(extensions['code']) ? extensions['code'] : 'UNKNOWN',
        message: graphQLError.message,
        field: typeof field === 'string' && field.length > 0 ? field : undefined,
        problems,
      };
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return [{ code: 'NETWORK', message, problems: [] }];
}

export function hasApiErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return isGraphQLErrors(error) && readApiErrors(error).some((apiError) => apiError.code === code);
}
