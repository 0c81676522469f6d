import { isGraphQLErrors } from '../../errors/utils/apiErrors';

/** The budget's own error codes beside the common ones: a locked budget refuses driver and position edits. */
export const BUDGET_LOCKED = 'BUDGET_LOCKED';

/** Whether any error of a failed operation carries `code` (including codes the common error module does not list). */
export function hasErrorCode(error: unknown, code: string): boolean {
  return isGraphQLErrors(error) && error.errors.some((e) => e.extensions?.['code'] === code);
}

export interface RefusedField {
  field: string;
  /** validateBudget's problem code, when the API names one. */
  code: string | null;
}

/**
 * The fields a BAD_USER_INPUT answer names: the first in `extensions.field`,
 * all of them (when the whole budget was validated) in `extensions.problems`.
 */
export function refusedFields(error: unknown): RefusedField[] {
  if (!isGraphQLErrors(error)) return [];
  const fields: RefusedField[] = [];
  for (const e of error.errors) {
    const extensions = e.extensions ?? {};
    if (extensions['code'] !== 'BAD_USER_INPUT') continue;
    const problems = Array.isArray(extensions['problems']) ? (extensions['problems'] as unknown[]) : [];
    for (const problem of problems) {
      if (problem && typeof problem === 'object' && typeof (problem as { field?: unknown }).field === 'string') {
        const code = (problem as { code?: unknown }).code;
        fields.push({ field: (problem as { field: string }).field, code: typeof code === 'string' ? code : null });
      }
    }
    if (problems.length === 0 && typeof extensions['field'] === 'string') {
      const code = extensions['problem'];
      fields.push({ field: extensions['field'], code: typeof code === 'string' ? code : null });
    }
  }
  return fields;
}
