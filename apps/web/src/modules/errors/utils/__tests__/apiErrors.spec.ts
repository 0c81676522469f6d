import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../../session/utils/graphqlRequest';
import { hasApiErrorCode, readApiErrors } from '../apiErrors';

describe('reading API errors', () => {
  it('reads code, field and known password problems', () => {
    const error = new GraphQLRequestError([
      {
        message: 'weak password',
        extensions: { code: 'BAD_USER_INPUT', field: 'password', problems: ['too_short', 'contains_email', 'made_up', 7] },
      },
    ]);
    expect(readApiErrors(error)).toEqual([
      { code: 'BAD_USER_INPUT', message: 'weak password', field: 'password', problems: ['too_short', 'contains_email'] },
    ]);
  });

  it('reads Apollo errors the same way', () => {
    const error = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'changed', extensions: { code: 'CONFLICT' } }] });
    expect(readApiErrors(error)[0]?.code).toBe('CONFLICT');
    expect(hasApiErrorCode(error, 'CONFLICT')).toBe(true);
    expect(hasApiErrorCode(error, 'FORBIDDEN')).toBe(false);
  });

  it('calls codes outside the contract UNKNOWN and failures without a GraphQL answer NETWORK', () => {
    expect(readApiErrors(new GraphQLRequestError([{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]))[0]?.code).toBe(
      'UNKNOWN',
    );
    expect(readApiErrors(new TypeError('Failed to fetch'))).toEqual([{ code: 'NETWORK', message: 'Failed to fetch', problems: [] }]);
    expect(hasApiErrorCode(new TypeError('Failed to fetch'), 'UNAUTHENTICATED')).toBe(false);
  });
});
