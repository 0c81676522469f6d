import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { BUDGET_LOCKED, hasErrorCode, refusedFields } from '../budgetErrors';

const answer = (...errors: { message: string; extensions: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ errors });

describe('reading the budget API’s errors', () => {
  it('lists every field of a refused budget, with validateBudget’s code', () => {
    const error = answer({
      message: 'positions[0].count must not be negative.',
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'positions[0].count',
        problem: 'negative',
        problems: [
          { field: 'positions[0].count', code: 'negative', message: 'must not be negative' },
          { field: 'costLines(c9).departmentId', code: 'unknownDepartment', message: 'names no department of this organisation' },
        ],
      },
    });
    expect(refusedFields(error)).toEqual([
      { field: 'positions[0].count', code: 'negative' },
      { field: 'costLines(c9).departmentId', code: 'unknownDepartment' },
    ]);
  });

  it('takes the single field when the API names only one', () => {
    expect(refusedFields(answer({ message: 'x', extensions: { code: 'BAD_USER_INPUT', field: 'deletions[0].id' } }))).toEqual([{ field: 'deletions[0].id', code: null }]);
    expect(refusedFields(answer({ message: 'x', extensions: { code: 'CONFLICT' } }))).toEqual([]);
    expect(refusedFields(new Error('offline'))).toEqual([]);
  });

  it('recognises a locked budget', () => {
    expect(hasErrorCode(answer({ message: 'locked', extensions: { code: BUDGET_LOCKED } }), BUDGET_LOCKED)).toBe(true);
    expect(hasErrorCode(answer({ message: 'stale', extensions: { code: 'CONFLICT' } }), BUDGET_LOCKED)).toBe(false);
  });
});
