import { computeBudget } from '../../budget/engine';
import { builtInTemplate } from '../built-in';
import { templateFromPlan } from '../from-plan';
import { instantiateTemplate } from '../instantiate';
import { parsePlanTemplate } from '../parse';
import type { PlanBlueprint, PlanTemplateSource } from '../types';

// Saving a plan as a template: an organisation's 2026 plan becomes the
// starting point of its 2027 plan.

function blueprint(planYear: number, template = builtInTemplate('corporate')!): PlanBlueprint {
  const result = instantiateTemplate(template, { language: 'zh-CN', planYear });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.blueprint;
}

/** The plan as the API would read it back from its rows: ids instead of keys, one language. */
function sourceOf(b: PlanBlueprint): PlanTemplateSource {
  const id = (key: string) => `id-${key}`;
  return {
    key: 'our-plan',
    name: { 'zh-CN': '我们的年度计划', en: 'Our annual plan' },
    description: { 'zh-CN': '', en: '' },
    plan: { year: b.plan.year, startDate: b.plan.startDate },
    departments: b.departments.map((d) => ({ id: id(d.key), name: d.name, parentId: d.parentKey ? id(d.parentKey) : null, isHr: d.isHr })),
    nodes: b.nodes.map((n) => ({
      id: id(n.key),
      parentId: n.parentKey ? id(n.parentKey) : null,
      level: n.level,
      title: n.title,
      description: n.description,
      departmentId: id(n.departmentKey),
      dimension: n.dimension,
      weight: n.weight,
      startDate: n.startDate,
      dueDate: n.dueDate,
      kpi: n.kpi ? { ...n.kpi, unit: n.kpi.unit || null } : null,
      recurrence: n.recurrence,
      checklist: n.checklist,
      dependsOn: n.dependsOn.map(id),
    })),
    budget: b.budget
      ? {
          name: b.budget.name,
          input: {
            ...b.budget.input,
            costLines: b.budget.input.costLines.map((l) => ({ ...l, id: id(l.id), departmentId: id(l.departmentId) })),
            positions: b.budget.input.positions.map((p) => ({ ...p, departmentId: id(p.departmentId) })),
          },
          costLineNodes: Object.fromEntries(Object.entries(b.budget.costLineNodes).map(([line, node]) => [id(line), id(node)])),
        }
      : null,
    hasCycle: b.cycle !== null,
  };
}

describe('saving a plan as a template', () => {
  const source = sourceOf(blueprint(2026));
  const template = templateFromPlan(source);

  it('gives a valid template', () => {
    expect(parsePlanTemplate(template)).toEqual({ ok: true, template });
    expect(template).toMatchObject({ key: 'our-plan', start: 'planYear', horizonMonths: 12, cycle: true, description: source.name });
  });

  it('lays out the same plan again for the same year, day for day', () => {
    const again = instantiateTemplate(template, { language: 'bilingual', planYear: 2026 });
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    const shape = (b: PlanBlueprint, key: (k: string) => string) => b.nodes.map((n) => [key(n.key), n.parentKey && key(n.parentKey), n.level, n.title, n.startDate, n.dueDate, n.weight, n.kpi?.target, n.recurrence, n.checklist, n.dependsOn.map(key)]);
    const byTitle = new Map(again.blueprint.nodes.map((n) => [n.key, n.title]));
    const original = blueprint(2026);
    const originalTitle = new Map(original.nodes.map((n) => [n.key, n.title]));
    // Single-language text stays single in a bilingual plan.
    expect(shape(again.blueprint, (k) => byTitle.get(k) as string)).toEqual(shape(original, (k) => originalTitle.get(k) as string));
    expect(again.blueprint.cycle).toHaveLength(8);
  });

  it('carries the budget over line for line', () => {
    const again = instantiateTemplate(template, { language: 'zh-CN', planYear: 2026 });
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    const before = computeBudget(blueprint(2026).budget!.input).responsibility.total;
    const after = computeBudget(again.blueprint.budget!.input).responsibility.total;
    expect([after.revenue, after.fixedCosts, after.labourCost, after.netProfit]).toEqual([before.revenue, before.fixedCosts, before.labourCost, before.netProfit]);
    expect(Object.values(again.blueprint.budget!.costLineNodes).length).toBe(Object.keys(source.budget!.costLineNodes).length);
  });

  it('starts the next year’s plan a year later', () => {
    const next = instantiateTemplate(template, { language: 'zh-CN', planYear: 2027 });
    if (!next.ok) throw new Error(JSON.stringify(next.problems));
    expect(next.blueprint.nodes.find((n) => n.title === '提高零售终端覆盖率')).toMatchObject({ startDate: '2027-02-01', dueDate: '2027-12-31' });
    expect(next.blueprint.budget!.input.startMonth).toBe('2027-01');
  });

  it('keeps braces in the plan’s text literal, and gives undated or one-day work a span', () => {
    const odd = templateFromPlan({
      ...source,
      nodes: [
        { ...source.nodes[0], title: 'Win {companyName}', startDate: null, dueDate: null },
        { ...source.nodes[1], startDate: '2026-03-10', dueDate: '2026-03-10', kpi: null },
      ],
      budget: null,
    });
    expect(parsePlanTemplate(odd).ok).toBe(true);
    const b = instantiateTemplate(odd, { language: 'en', planYear: 2026 });
    if (!b.ok) throw new Error(JSON.stringify(b.problems));
    expect(b.blueprint.nodes[0]).toMatchObject({ title: 'Win {companyName}', startDate: '2026-01-01', dueDate: '2026-12-31' });
    expect(b.blueprint.nodes[1]).toMatchObject({ startDate: '2026-03-10', dueDate: '2026-03-12' });
  });

  it('saves a launch plan with its three years and its budget-linked payback', () => {
    const restaurant = instantiateTemplate(builtInTemplate('restaurant')!, { language: 'en', startDate: '2026-03-01' });
    if (!restaurant.ok) throw new Error(JSON.stringify(restaurant.problems));
    const saved = templateFromPlan(sourceOf(restaurant.blueprint));
    expect(parsePlanTemplate(saved).ok).toBe(true);
    expect(saved.horizonMonths).toBe(36);
    expect(saved.nodes.find((n) => n.kpi?.budgetTarget)?.kpi?.budgetTarget).toEqual({ scenario: 'responsibility', measure: 'paybackMonth', period: 'total' });
  });
});
