import type { EntityManager } from 'typeorm';
import { validateBudget } from '@opsplan/domain';
import { badInput } from '../../../common/errors/app-error';
import { BudgetDrafts, LineListKey, problemField, toEngineInput } from './budget-drafts.util';
import { liveDepartments } from './budget-sql.util';

/**
 * Validates the whole budget a write would leave (validateBudget in
 * libs/domain) and refuses it with BAD_USER_INPUT naming the first problem's
 * field (extensions.problem: validateBudget's code), all problems in extensions.problems. New and changed lines must
 * name a live department; lines the write does not touch keep theirs even
 * if it was deleted since, so an old line never blocks an unrelated save.
 */
export async function assertValidBudget(
  em: EntityManager,
  drafts: BudgetDrafts,
  inputCounts: Partial<Record<LineListKey, number>> = {},
  /** the live departments when the caller read them already (with the budget); read here otherwise */
  live: readonly { id: string }[] | null = null,
): Promise<void> {
  const departments = new Set((live ?? (await liveDepartments(em, drafts.header.orgId))).map((d) => d.id));
  for (const list of ['costLines', 'positions'] as const) {
    drafts[list].slice(inputCounts[list] ?? 0).forEach((l) => departments.add(l.departmentId));
  }
  const engine = toEngineInput(drafts);
  const problems = validateBudget(engine.input, { departmentIds: [...departments] });
  if (problems.length === 0) return;
  const named = problems.map((p) => problemField(p, engine, drafts, inputCounts));
  const [first] = named;
  throw badInput(first.field, `${first.field} ${first.message}.`, { problem: first.code, ...(first.lineId ? { lineId: first.lineId } : {}), problems: named });
}
