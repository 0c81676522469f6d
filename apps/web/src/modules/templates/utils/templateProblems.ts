import type { TemplateProblem } from '@opsplan/domain';
import { isGraphQLErrors } from '../../errors/utils/apiErrors';

/**
 * Problems by the form field they name: "planYear", "startDate", "language",
 * "planName" or "parameters.<key>". The API may name them as fields of its
 * input ("template.parameters.loan" when creating an organisation); the first
 * problem of a field is the one shown.
 */
export function problemsByField(problems: readonly TemplateProblem[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const problem of problems) {
    const field = problem.path.replace(/^(input\.)?(template\.)?/, '');
    if (!(field in byField)) byField[field] = problem.message;
  }
  return byField;
}

/** The form fields a template's problems can name. */
export function templateFieldNames(parameterKeys: readonly string[]): Set<string> {
  return new Set(['planYear', 'startDate', 'language', 'planName', ...parameterKeys.map((key) => `parameters.${key}`)]);
}

export interface TemplateApiError {
  code: string | undefined;
  message: string;
  field: string | undefined;
  /** A template refused as a whole (an import): every problem with its JSON path. */
  problems: TemplateProblem[];
}

const isProblem = (value: unknown): value is TemplateProblem =>
  typeof value === 'object' && value !== null && typeof (value as TemplateProblem).path === 'string' && typeof (value as TemplateProblem).message === 'string';

/** The API's errors with what the template operations put in `extensions`. */
export function readTemplateApiErrors(error: unknown): TemplateApiError[] {
  if (!isGraphQLErrors(error)) return [];
  return error.errors.map((graphQLError) => {
    const extensions = graphQLError.extensions ?? {};
    const field = extensions['field'];
    const problems = extensions['problems'];
    return {
      code: typeof extensions['code'] === 'string' ? extensions['code'] : undefined,
      message: graphQLError.message,
      field: typeof field === 'string' && field !== '' ? field : undefined,
      problems: Array.isArray(problems) ? problems.filter(isProblem) : [],
    };
  });
}

/** Field problems of a failed create: each error naming a field of the form, by field. */
export function fieldProblemsOf(error: unknown, fields: Set<string>): Record<string, string> {
  const found: TemplateProblem[] = [];
  for (const apiError of readTemplateApiErrors(error)) {
    if (apiError.code !== 'BAD_USER_INPUT') continue;
    const named = apiError.problems.length > 0 ? apiError.problems : apiError.field ? [{ path: apiError.field, message: apiError.message }] : [];
    found.push(...named);
  }
  return Object.fromEntries(Object.entries(problemsByField(found)).filter(([field]) => fields.has(field)));
}
