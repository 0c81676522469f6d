import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { fieldProblemsOf, problemsByField, templateFieldNames } from '../templateProblems';

const apiError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT', ...extensions } }] });

describe('template problems on the form’s fields', () => {
  it('keeps the first problem of each field, with or without the input’s prefix', () => {
    expect(
      problemsByField([
        { path: 'parameters.loan', message: 'must be at least 0' },
        { path: 'template.parameters.loan', message: 'second' },
        { path: 'template.planYear', message: 'must be a year' },
      ]),
    ).toEqual({ 'parameters.loan': 'must be at least 0', planYear: 'must be a year' });
  });

  it('puts the API’s refusals on the field they name, and leaves other errors to the general handler', () => {
    const fields = templateFieldNames(['loan']);
    expect(fieldProblemsOf(apiError('A plan for 2027 already exists', { field: 'planYear' }), fields)).toEqual({ planYear: 'A plan for 2027 already exists' });
    expect(fieldProblemsOf(apiError('bad', { field: 'parameters.loan', problems: [{ path: 'parameters.loan', message: 'must be at most 5000000' }] }), fields)).toEqual({
      'parameters.loan': 'must be at most 5000000',
    });
    expect(fieldProblemsOf(apiError('no such template', { field: 'templateId' }), fields)).toEqual({});
    expect(fieldProblemsOf(new Error('offline'), fields)).toEqual({});
  });
});
