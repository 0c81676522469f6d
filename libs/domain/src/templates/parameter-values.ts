// What a parameter accepts, shared by the template's check of its default and
// bounds and by the check of the values a person types when using it.
import { Dec } from '../budget/decimal';
import { decimalProblem, DecimalRule } from './parse/reader';
import { MONEY } from './parse/rules';
import { textLength } from './text';
import type { TemplateParameter } from './types';

/** Longest text a text parameter takes: it goes into titles and names. */
export const TEXT_PARAMETER_MAX_LENGTH = 100;

const RATE_VALUE: DecimalRule = { maxDecimals: 8, maxIntegerDigits: 2, min: '0' };
const INTEGER = /^-?\d{1,9}$/;

/** What is wrong with `value` for a parameter of `type` (bounds aside), or null. */
export function valueTypeProblem(type: TemplateParameter['type'], value: string): string | null {
  switch (type) {
    case 'text':
      if (value.trim() === '') return 'must not be empty';
      return textLength(value) > TEXT_PARAMETER_MAX_LENGTH ? `is longer than ${TEXT_PARAMETER_MAX_LENGTH} characters` : null;
    case 'money':
      return decimalProblem(value, MONEY);
    case 'rate':
      return decimalProblem(value, RATE_VALUE);
    case 'integer':
      return INTEGER.test(value) ? null : 'must be a whole number';
  }
}

/** What is wrong with `value` for `parameter`, its bounds included, or null. */
export function parameterValueProblem(parameter: TemplateParameter, value: string): string | null {
  const problem = valueTypeProblem(parameter.type, value);
  if (problem || parameter.type === 'text') return problem;
  const n = new Dec(value);
  if (parameter.min !== undefined && n.lt(parameter.min)) return `must be at least ${parameter.min}`;
  if (parameter.max !== undefined && n.gt(parameter.max)) return `must be at most ${parameter.max}`;
  return null;
}
