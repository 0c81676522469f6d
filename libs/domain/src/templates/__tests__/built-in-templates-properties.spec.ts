import fc from 'fast-check';
import { validateBudget } from '../../budget/validate';
import { canHangUnder } from '../../cascade/levels';
import { BUILT_IN_TEMPLATES } from '../built-in';
import { instantiateTemplate } from '../instantiate';
import { parsePlanTemplate } from '../parse';
import type { BlueprintLanguage, PlanBlueprint, PlanTemplate, TemplateChoices, TemplateParameter } from '../types';

// Whatever the person chooses within a template's bounds, a built-in
// template lays out a plan the rest of the product accepts.

const LEFTOVER = /\{[A-Za-z][A-Za-z0-9]*\}/;

/** A decimal between min and max with up to `decimals` places, as text. */
function decimalBetween(min: string | undefined, max: string | undefined, decimals: number, fallbackMax: number): fc.Arbitrary<string> {
  const scale = 10 ** decimals;
  const lo = Math.round(Number(min ?? '0') * scale);
  const hi = Math.round(Number(max ?? String(fallbackMax)) * scale);
  return fc.integer({ min: lo, max: hi }).map((n) => (n / scale).toFixed(decimals));
}

function parameterValue(p: TemplateParameter): fc.Arbitrary<string> {
  switch (p.type) {
    case 'text':
      return fc.constantFrom('星海', 'Acme & Sons', '东方 Fast Food', 'Ünïcode Café', '123');
    case 'money':
      return decimalBetween(p.min, p.max, 2, 1_000_000);
    case 'rate':
      return decimalBetween(p.min, p.max, 4, 1);
    case 'integer':
      return decimalBetween(p.min, p.max, 0, 1000);
  }
}

/** Some parameters typed, others left to their defaults. */
function parameters(template: PlanTemplate): fc.Arbitrary<Record<string, string>> {
  const entries = template.parameters.map((p) => fc.option(parameterValue(p), { nil: undefined }).map((v) => [p.key, v] as const));
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as Record<string, string>);
}

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const uses = fc.constantFrom(...BUILT_IN_TEMPLATES).chain((template) =>
  fc.record({
    template: fc.constant(template),
    choices: fc.record({
      language: fc.constantFrom<BlueprintLanguage>('zh-CN', 'en', 'bilingual'),
      planYear: fc.integer({ min: 2000, max: 2100 }),
      startDate: day,
      fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
      parameters: parameters(template),
    }) as fc.Arbitrary<TemplateChoices>,
  }),
);

/** The day before `months` whole months after `start` (the day clamped to the month's length), computed independently. */
function lastDay(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12;
  const clamped = Math.min(d, new Date(Date.UTC(year, month + 1, 0)).getUTCDate());
  return new Date(Date.UTC(year, month, clamped) - 86_400_000).toISOString().slice(0, 10);
}

function texts(b: PlanBlueprint): string[] {
  return [
    b.plan.name,
    ...b.departments.flatMap((d) => [d.name, ...d.roles]),
    ...b.phases.flatMap((p) => [p.name, p.work, p.aim]),
    ...b.nodes.flatMap((n) => [n.title, ...(n.description ? [n.description] : []), ...n.checklist, ...(n.kpi ? [n.kpi.name] : [])]),
    ...(b.budget ? [b.budget.name, ...b.budget.input.revenueLines.map((l) => l.name), ...b.budget.input.costLines.map((l) => l.name), ...b.budget.input.positions.map((p) => p.roleTitle)] : []),
  ];
}

function expectAcyclicDependencies(b: PlanBlueprint): void {
  const waitsFor = new Map(b.nodes.map((n) => [n.key, n.dependsOn]));
  const done = new Set<string>();
  // Kahn: repeatedly finish nodes whose dependencies are all finished; a cycle leaves some unfinished.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [key, deps] of waitsFor) {
      if (!done.has(key) && deps.every((d) => done.has(d))) {
        done.add(key);
        changed = true;
      }
    }
  }
  expect(done.size).toBe(b.nodes.length);
}

function expectValidPlan(template: PlanTemplate, choices: TemplateChoices, b: PlanBlueprint): void {
  const start = template.start === 'planYear' ? `${choices.planYear}-${String(choices.fiscalYearStartMonth).padStart(2, '0')}-01` : (choices.startDate as string);
  expect(b.plan.startDate).toBe(start);
  expect(b.plan.endDate).toBe(lastDay(start, template.horizonMonths));
  expect(b.nodes).toHaveLength(template.nodes.length);

  const seen = new Map<string, PlanBlueprint['nodes'][number]>();
  for (const node of b.nodes) {
    const parent = node.parentKey === null ? null : seen.get(node.parentKey);
    expect(parent).not.toBeUndefined(); // parents come first, so there is no parent cycle
    expect(canHangUnder(node.level, parent?.level ?? null)).toBe(true);
    expect(Number(node.weight)).toBeGreaterThanOrEqual(0);
    expect(node.startDate >= b.plan.startDate && node.startDate <= node.dueDate && node.dueDate <= b.plan.endDate).toBe(true);
    for (const d of node.dependsOn) expect(template.nodes.some((n) => n.key === d)).toBe(true);
    seen.set(node.key, node);
  }
  expectAcyclicDependencies(b);

  for (const text of texts(b)) {
    expect(text.trim()).not.toBe('');
    expect(text).not.toMatch(LEFTOVER);
  }
  if (b.budget) expect(validateBudget(b.budget.input, { departmentIds: b.departments.map((d) => d.key) })).toEqual([]);
  expect(b.cycle === null).toBe(!template.cycle);
}

describe('the built-in templates', () => {
  it('are valid templates', () => {
    for (const template of BUILT_IN_TEMPLATES) expect(parsePlanTemplate(template)).toEqual({ ok: true, template });
  });

  it('make a valid plan for any start, fiscal year, language and parameters within bounds', () => {
    fc.assert(
      fc.property(uses, ({ template, choices }) => {
        const result = instantiateTemplate(template, choices);
        if (!result.ok) throw new Error(`${template.key}: ${JSON.stringify(result.problems)}`);
        expectValidPlan(template, choices, result.blueprint);
      }),
      { numRuns: 100 },
    );
  });
});
