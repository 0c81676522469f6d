import { instantiateTemplate } from '@opsplan/domain';
import type { PlanBlueprint, PlanTemplate, TemplateChoices, TemplateProblem } from '@opsplan/domain';
import { useMemo } from 'react';
import { useBudgetPreview } from '../../budget/preview/useBudgetPreview';
import type { BudgetPreview } from '../../budget/preview/useBudgetPreview';
import { useSettledValue } from './useSettledValue';

/** A pause in typing before the template is laid out again. */
export const TEMPLATE_PREVIEW_DEBOUNCE_MS = 250;

export interface TemplatePreview {
  /** The plan as it will be created from the choices last settled; null while they have problems. */
  blueprint: PlanBlueprint | null;
  /** What stops the template from being laid out, by path ("parameters.loan", "planYear"). */
  problems: TemplateProblem[];
  /** The three scenarios of the blueprint's budget, computed off the main thread as on the budget page. */
  budget: BudgetPreview;
  /** Newer choices than those shown are waiting or computing. */
  updating: boolean;
}

/** The plan a template will create, computed in the browser with the same rules the API applies. */
export function useTemplatePreview(template: PlanTemplate, choices: TemplateChoices): TemplatePreview {
  const { settled, pending } = useSettledValue(choices, TEMPLATE_PREVIEW_DEBOUNCE_MS);
  const outcome = useMemo(() => safelyInstantiate(template, settled), [template, settled]);
  const blueprint = outcome.ok ? outcome.blueprint : null;
  const budget = useBudgetPreview(blueprint?.budget?.input ?? null);
  return { blueprint, problems: outcome.ok ? [] : outcome.problems, budget, updating: pending || budget.computing };
}

function safelyInstantiate(template: PlanTemplate, choices: TemplateChoices): ReturnType<typeof instantiateTemplate> {
  try {
    return instantiateTemplate(template, choices);
  } catch (error) {
    // The API would refuse these choices too; say so rather than break the page.
    return { ok: false, problems: [{ path: '', message: error instanceof Error ? error.message : String(error) }] };
  }
}
