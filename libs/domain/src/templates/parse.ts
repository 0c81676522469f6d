// The check of a template as JSON (an import, a stored template, a built-in):
// every problem at once, each at its JSON path ("nodes[3].level").
import { parseBudget } from './parse/budget';
import { ParseContext, readText } from './parse/context';
import { parseDepartments } from './parse/departments';
import { checkBudgetTargets, parseNodes } from './parse/nodes';
import { parseParameters } from './parse/parameters';
import { parsePhases } from './parse/phases';
import { Problems, readBoolean, readChoice, readInteger, readKey, readObject } from './parse/reader';
import { MAX } from './parse/rules';
import { PlanTemplate, ParseTemplateResult, TEMPLATE_SCHEMA_VERSION } from './types';

const FIELDS = {
  schemaVersion: 'required',
  key: 'required',
  name: 'required',
  description: 'required',
  start: 'required',
  horizonMonths: 'required',
  parameters: 'required',
  departments: 'required',
  phases: 'optional',
  nodes: 'required',
  cycle: 'optional',
  budget: 'optional',
} as const;

export function parsePlanTemplate(json: unknown): ParseTemplateResult {
  const p = new Problems();
  const root = readObject(p, '', json ?? null, FIELDS);
  if (!root) return { ok: false, problems: [{ path: '', message: 'a template must be a JSON object' }] };
  if (root.schemaVersion !== undefined && root.schemaVersion !== TEMPLATE_SCHEMA_VERSION) {
    p.add('schemaVersion', `must be ${TEMPLATE_SCHEMA_VERSION}: this is the only template format there is`);
  }
  readKey(p, 'key', root.key);
  readChoice(p, 'start', root.start, ['planYear', 'startDate'] as const);
  readBoolean(p, 'cycle', root.cycle);
  const horizon = readInteger(p, 'horizonMonths', root.horizonMonths, 1, MAX.horizonMonths);

  const ctx: ParseContext = { p, params: parseParameters(p, root.parameters) };
  readText(ctx, 'name', root.name, MAX.name);
  readText(ctx, 'description', root.description, MAX.help);
  const departments = parseDepartments(ctx, root.departments);
  const phases = parsePhases(ctx, root.phases, horizon);
  const nodes = parseNodes(ctx, root.nodes, { departments, phases, horizon });
  const budgetHorizon = parseBudget(ctx, root.budget, { departments, nodes: nodes.levels });
  checkBudgetTargets(ctx, nodes.budgetTargets, root.budget === undefined ? null : budgetHorizon);

  if (p.list.length > 0) return { ok: false, problems: p.list };
  // A copy: the caller's JSON may change later; the template checked may not.
  return { ok: true, template: JSON.parse(JSON.stringify(json)) as PlanTemplate };
}
