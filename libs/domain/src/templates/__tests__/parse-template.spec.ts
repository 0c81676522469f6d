import { parsePlanTemplate } from '../parse';
import type { TemplateProblem } from '../types';
import { changed, smallTemplate } from './fixtures';

// Importing a template someone wrote by hand: every mistake is reported at
// its JSON path, so the person can find and fix it.
const problemsOf = (json: unknown): TemplateProblem[] => {
  const result = parsePlanTemplate(json);
  return result.ok ? [] : result.problems;
};
const paths = (json: unknown) => problemsOf(json).map((p) => p.path);

describe('checking a template', () => {
  it('accepts a well-formed template and returns a copy of it', () => {
    const template = smallTemplate();
    const result = parsePlanTemplate(template);
    expect(result).toEqual({ ok: true, template });
    if (result.ok) expect(result.template).not.toBe(template);
  });

  it('rejects a level the cascade does not have', () => {
    expect(problemsOf(changed('nodes[1].level', 'program'))).toContainEqual({ path: 'nodes[1].level', message: expect.stringContaining('strategy, objective, project, task, activity') });
  });

  it('rejects a parent that is not one level up, but lets an activity hang under a project', () => {
    expect(paths(changed('nodes[3].parent', 'grow'))).toEqual(['nodes[3].parent']);
    expect(problemsOf(changed('nodes[5].parent', 'sales'))).toEqual([{ path: 'nodes[5].parent', message: 'a activity hangs under a task or project, not under a objective' }]);
    expect(paths(smallTemplate())).toEqual([]); // flyers: an activity under the launch project
  });

  it('rejects a strategy with a parent and anything else without one', () => {
    expect(paths(changed('nodes[0].parent', 'sales'))).toContain('nodes[0].parent');
    expect(problemsOf(changed('nodes[1].parent', undefined))).toEqual([{ path: 'nodes[1].parent', message: 'is required: a objective hangs under a strategy' }]);
  });

  it('rejects a parent cycle', () => {
    const looped = changed('nodes[1].parent', 'launch');
    expect(problemsOf(looped)).toContainEqual({ path: expect.stringMatching(/^nodes\[\d\]\.parent$/), message: expect.stringContaining('parent cycle') });
    expect(problemsOf(changed('nodes[2].parent', 'launch'))).toContainEqual({ path: 'nodes[2].parent', message: expect.stringContaining('parent cycle') });
  });

  it('rejects a dependency cycle and dependencies on unknown nodes', () => {
    // licence now waits for register, which waits for licence: the edge that closes the loop is reported.
    expect(problemsOf(changed('nodes[3].dependsOn', ['register']))).toEqual([{ path: 'nodes[4].dependsOn[0]', message: 'makes a dependency cycle: "licence" already waits for "register"' }]);
    expect(paths(changed('nodes[3].dependsOn', ['licence']))).toEqual(['nodes[3].dependsOn[0]']);
    expect(problemsOf(changed('nodes[4].dependsOn', ['permit']))).toEqual([{ path: 'nodes[4].dependsOn[0]', message: 'names no node of this template ("permit")' }]);
  });

  it('rejects a negative or non-decimal weight', () => {
    expect(problemsOf(changed('nodes[2].weight', '-1'))).toEqual([{ path: 'nodes[2].weight', message: 'must not be negative' }]);
    expect(paths(changed('nodes[2].weight', 2))).toEqual(['nodes[2].weight']);
    expect(paths(changed('nodes[2].weight', '1e3'))).toEqual(['nodes[2].weight']);
    expect(paths(changed('nodes[2].weight', '2.5'))).toEqual([]);
  });

  it('rejects a missing or empty translation anywhere', () => {
    expect(problemsOf(changed('nodes[0].title', { 'zh-CN': '做大' }))).toEqual([{ path: 'nodes[0].title.en', message: 'is required' }]);
    expect(paths(changed('nodes[0].title.zh-CN', ' '))).toEqual(['nodes[0].title.zh-CN']);
    expect(paths(changed('departments[0].name.en', ''))).toEqual(['departments[0].name.en']);
    expect(paths(changed('budget.revenueLines[0].name', 'Meals'))).toEqual(['budget.revenueLines[0].name']);
  });

  it('rejects fields it does not know, wherever they are', () => {
    expect(problemsOf(changed('nodes[0].colour', 'red'))).toEqual([{ path: 'nodes[0].colour', message: 'is not a known field' }]);
    expect(paths(changed('owner', 'me'))).toEqual(['owner']);
    expect(paths(changed('budget.financing.grant', '100'))).toEqual(['budget.financing.grant']);
  });

  it('rejects another schema version, bad keys and repeated keys', () => {
    expect(paths(changed('schemaVersion', 2))).toEqual(['schemaVersion']);
    expect(paths(changed('nodes[0].key', 'Grow Big'))).toEqual(expect.arrayContaining(['nodes[0].key']));
    expect(paths(changed('nodes[4].key', 'licence'))).toContain('nodes[4].key');
    expect(paths(changed('departments[1].key', 'owner'))).toContain('departments[1].key');
    expect(paths(changed('parameters[1].key', 'shopName'))).toContain('parameters[1].key');
    expect(paths(changed('key', 'x'.repeat(65)))).toEqual(['key']);
  });

  it('rejects placeholders and numbers naming unknown parameters', () => {
    expect(problemsOf(changed('nodes[1].title.en', 'Sales in {city}'))).toEqual([{ path: 'nodes[1].title.en', message: 'refers to {city}, which is not a parameter of this template' }]);
    expect(paths(changed('nodes[1].title.en', 'Sales {{city}'))).toEqual([]); // a literal brace
    expect(paths(changed('budget.costLines[0].amount.amount', { param: 'deposit' }))).toEqual(['budget.costLines[0].amount.amount.param']);
    expect(paths(changed('budget.costLines[0].amount.amount', { param: 'shopName' }))).toEqual(['budget.costLines[0].amount.amount.param']);
  });

  it('rejects timing outside the horizon, backwards, or in a phase that does not exist', () => {
    expect(problemsOf(changed('nodes[3].timing', { from: 0, to: 13 }))).toEqual([{ path: 'nodes[3].timing.to', message: 'is beyond the template\'s 12 months' }]);
    expect(paths(changed('nodes[3].timing', { from: 2, to: 2 }))).toEqual(['nodes[3].timing.to']);
    expect(paths(changed('nodes[3].timing', { from: -1, to: 2 }))).toEqual(['nodes[3].timing.from']);
    expect(paths(changed('nodes[2].timing', { phase: 'later' }))).toEqual(['nodes[2].timing.phase']);
    expect(paths(changed('phases[0].months', '12.5'))).toEqual(['phases']);
  });

  it('rejects department parents that do not exist or go round, and a second HR department', () => {
    expect(paths(changed('departments[1].parent', 'board'))).toEqual(['departments[1].parent']);
    expect(problemsOf(changed('departments[0].parent', 'staff'))).toEqual([{ path: 'departments[1].parent', message: 'makes a cycle: "owner" is already below "staff"' }]);
    expect(paths(changed('departments[0].isHr', true))).toEqual(['departments[1].isHr']);
    expect(paths(changed('nodes[1].department', 'kitchen'))).toEqual(['nodes[1].department']);
  });

  it('rejects budget lines naming unknown departments or a cost line on anything but a project', () => {
    expect(paths(changed('budget.costLines[0].department', 'kitchen'))).toEqual(['budget.costLines[0].department']);
    expect(problemsOf(changed('budget.costLines[0].node', 'licence'))).toEqual([{ path: 'budget.costLines[0].node', message: 'names a task; a cost line belongs to a project' }]);
    expect(paths(changed('budget.horizonMonths', 6))).toEqual(['budget.horizonMonths']);
    expect(paths(changed('budget.horizonMonths', 61))).toEqual(['budget.horizonMonths']);
    expect(paths(changed('budget.revenueLines[0].unitPrice', '20.005'))).toEqual(['budget.revenueLines[0].unitPrice']);
    expect(paths(changed('budget.revenueLines[0].volume', { kind: 'monthly', values: ['1', '2'] }))).toEqual(['budget.revenueLines[0].volume.values']);
  });

  it('rejects a budget-linked KPI without a budget or with a figure the budget lacks', () => {
    const kpi = { name: { 'zh-CN': '收入', en: 'Revenue' }, unit: { 'zh-CN': '元', en: 'yuan' }, direction: 'higher_is_better', baseline: '0', target: '0', budgetTarget: { scenario: 'responsibility', measure: 'revenue', period: 'Y2' } };
    expect(problemsOf(changed('nodes[1].kpi', kpi))).toEqual([{ path: 'nodes[1].kpi.budgetTarget.period', message: expect.stringContaining('not within the budget') }]);
    const noBudget = changed('budget', undefined) as { nodes: unknown[] };
    (noBudget.nodes[1] as Record<string, unknown>).kpi = { ...kpi, budgetTarget: { ...kpi.budgetTarget, period: 'Y1' } };
    expect(paths(noBudget)).toEqual(['nodes[1].kpi.budgetTarget']);
  });

  it('rejects texts that are too long and plans that are too big', () => {
    expect(paths(changed('nodes[1].title.en', 'x'.repeat(501)))).toEqual(['nodes[1].title.en']);
    expect(paths(changed('nodes[1].title.en', 'x'.repeat(497)))).toEqual(['nodes[1].title']); // too long in both languages together
    expect(paths(changed('departments[0].name.en', 'x'.repeat(201)))).toEqual(['departments[0].name.en']);
    const many = Array.from({ length: 2001 }, (_, i) => ({ key: `s${i}`, level: 'strategy', title: { 'zh-CN': '战略', en: 'Strategy' }, department: 'owner', owner: 'general_manager', timing: { from: 0, to: 12 } }));
    expect(paths(changed('nodes', many))).toContain('nodes');
  });

  it('rejects a parameter whose default is outside its own bounds', () => {
    expect(paths(changed('parameters[1].default', '200000'))).toEqual(['parameters[1].default']);
    expect(paths(changed('parameters[1].default', '12.345'))).toEqual(['parameters[1].default']);
    expect(paths(changed('parameters[1].min', '200000'))).toEqual(['parameters[1].min', 'parameters[1].default']);
    expect(paths(changed('parameters[0].default', 'Little Shop'))).toEqual(['parameters[0].default']);
  });

  it('reports every problem at once', () => {
    const json = changed('nodes[1].level', 'program', changed('nodes[2].weight', '-1', changed('departments[0].name.en', '') as never) as never);
    expect(paths(json).sort()).toEqual(['departments[0].name.en', 'nodes[1].level', 'nodes[2].weight']);
  });

  it('says what is wrong with something that is not a template at all', () => {
    expect(problemsOf('hello')).toEqual([{ path: '', message: 'a template must be a JSON object' }]);
    expect(problemsOf(null)).toEqual([{ path: '', message: 'a template must be a JSON object' }]);
    expect(paths({})).toEqual(expect.arrayContaining(['schemaVersion', 'key', 'nodes', 'departments']));
  });
});
