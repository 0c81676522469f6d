// A template made into a plan's blueprint for the choices of the person
// creating it: the start, the language and the parameters' values. The API
// creates rows from the blueprint; the web previews it.
import { computeBudget } from '../budget/engine';
import { budgetFigure } from '../budget/kpi-target';
import type { BudgetResult } from '../budget/types';
import { defaultCycle } from '../cycle/calendar';
import { blueprintBudget } from './instantiate/budget';
import { NumberResolver } from './instantiate/numbers';
import { resolveParameters } from './instantiate/parameters';
import { blueprintDepartments, blueprintNodes, blueprintPhases } from './instantiate/plan';
import { TextRenderer } from './instantiate/render';
import { checkLanguage, planStart, PlanStart } from './instantiate/start';
import { parsePlanTemplate } from './parse';
import { Problems } from './parse/reader';
import { MAX } from './parse/rules';
import { localize } from './text';
import type { BlueprintCheck, BlueprintCycleStage, BlueprintNode, PlanBlueprint, PlanTemplate, TemplateChoices, TemplateProblem } from './types';

export type InstantiateResult = { ok: true; blueprint: PlanBlueprint } | { ok: false; problems: TemplateProblem[] };

export function instantiateTemplate(template: PlanTemplate, choices: TemplateChoices): InstantiateResult {
  // Stored and imported templates were checked when saved; checking again costs little and keeps a bad one from half-working.
  const parsed = parsePlanTemplate(template);
  if (!parsed.ok) return parsed;
  const problems = new Problems();
  const language = checkLanguage(choices.language, problems);
  const start = planStart(template, choices, problems);
  const values = resolveParameters(template, choices.parameters ?? {}, problems);
  if (!start || problems.list.length > 0) return { ok: false, problems: problems.list };

  const r = new TextRenderer(values.texts, language, problems);
  const num = new NumberResolver(values.numbers, problems);
  const departments = blueprintDepartments(template, r);
  const phases = blueprintPhases(template, start.startDate, r);
  const nodes = blueprintNodes(template, start.startDate, phases, r, num);
  const scope = { startMonth: start.startDate.slice(0, 7), departmentKeys: departments.map((d) => d.key), r, num };
  const budget = template.budget ? blueprintBudget(template.budget, scope, problems) : null;
  const plan = { year: start.year, name: planName(template, r), startDate: start.startDate, endDate: start.endDate };
  if (problems.list.length > 0) return { ok: false, problems: problems.list };

  const result = budget && needsFigures(template, nodes) ? computeBudget(budget.input) : null;
  return {
    ok: true,
    blueprint: {
      templateKey: template.key,
      language,
      plan,
      parameters: Object.fromEntries(Object.entries(values.texts).map(([key, text]) => [key, localize(text, language)])),
      departments,
      phases,
      nodes: result ? withBudgetTargets(nodes, result) : nodes,
      cycle: template.cycle ? cycleStages(start) : null,
      budget,
      checks: result ? budgetChecks(template, result) : [],
    },
  };
}

/** The template's name: the plan's year stands beside it wherever plans are listed. */
function planName(template: PlanTemplate, r: TextRenderer): string {
  return r.text(template.name, MAX.name);
}

function needsFigures(template: PlanTemplate, nodes: BlueprintNode[]): boolean {
  return template.budget?.goals?.paybackWithinMonths !== undefined || nodes.some((n) => n.kpi?.budgetTarget);
}

/** A budget-linked KPI shows the budget's figure from the start (the API writes it again when it links the target). */
function withBudgetTargets(nodes: BlueprintNode[], result: BudgetResult): BlueprintNode[] {
  return nodes.map((node) => {
    const source = node.kpi?.budgetTarget;
    if (!node.kpi || !source) return node;
    const figure = budgetFigure(result, source);
    return figure === null ? node : { ...node, kpi: { ...node.kpi, target: figure } };
  });
}

function budgetChecks(template: PlanTemplate, result: BudgetResult): BlueprintCheck[] {
  const months = template.budget?.goals?.paybackWithinMonths;
  if (months === undefined) return [];
  const payback = result.responsibility.payback;
  const paybackMonth = payback.status === 'paidBack' ? payback.month.index : null;
  return [{ kind: 'paybackWithin', months, paybackMonth, met: paybackMonth !== null && paybackMonth <= months }];
}

/** The eight stages of the planning cycle for the plan year, as the planning-cycle module lays them out by default. */
function cycleStages(start: PlanStart): BlueprintCycleStage[] {
  return defaultCycle(start.year, start.fiscalYearStartMonth).map((stage) => ({
    key: stage.key,
    position: stage.position,
    startDate: stage.startDate,
    dueDate: stage.dueDate,
    dependsOn: [...stage.dependsOn],
  }));
}
