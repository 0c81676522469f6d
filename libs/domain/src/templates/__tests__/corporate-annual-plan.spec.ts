import { defaultCycle } from '../../cycle/calendar';
import { builtInTemplate } from '../built-in';
import { instantiateTemplate } from '../instantiate';
import type { PlanBlueprint, TemplateChoices } from '../types';

// A manufacturer's annual operating plan (BRIEF §1–§2). The demo
// organisation is this template for 2026 in both languages, so the demo's
// cascade must come out of it title for title.
const template = builtInTemplate('corporate')!;

function plan(choices: Partial<TemplateChoices> = {}): PlanBlueprint {
  const result = instantiateTemplate(template, { language: 'bilingual', planYear: 2026, ...choices });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.blueprint;
}

/** The demo's 2026 cascade: key, parent, level, title, start, due, weight, dimension. */
const DEMO: [string, string | null, string, string, string, string, string, string | null][] = [
  ['no1', null, 'strategy', '五年内成为行业第一 · Become No. 1 in the industry within five years', '2026-01-01', '2026-12-31', '1', 'marketing'],
  ['share', 'no1', 'objective', '第一年市场占有率提升到 40% · Raise market share to 40% in year one', '2026-01-01', '2026-12-31', '1', null],
  ['coverage', 'share', 'project', '提高零售终端覆盖率 · Raise retail-terminal coverage', '2026-02-01', '2026-12-31', '2', null],
  ['east', 'coverage', 'task', '华东区新增 300 家终端 · Add 300 outlets in East China', '2026-02-01', '2026-12-20', '1', null],
  ['visit', 'east', 'activity', '拜访 40 家经销商 · Visit 40 dealers', '2026-02-01', '2026-04-30', '1', null],
  ['sign', 'east', 'activity', '签约 120 家新终端 · Sign 120 new outlets', '2026-05-01', '2026-11-30', '1', null],
  ['display', 'coverage', 'task', '终端陈列标准化 · Standardise in-store display', '2026-03-01', '2026-12-15', '1', null],
  ['dealers', 'share', 'project', '提高经销商满意度 · Raise dealer satisfaction', '2026-02-01', '2026-12-31', '1', null],
  ['packaging', 'share', 'project', '改进产品性能或包装 · Improve product performance or packaging', '2026-03-01', '2026-12-31', '1', 'production'],
  ['price', 'share', 'project', '降低零售价格 · Lower the retail price', '2026-01-15', '2026-12-31', '1', null],
  ['system', 'no1', 'objective', '建立计划与绩效管理体系 · Build the planning and performance system', '2026-01-01', '2026-12-31', '1', 'organisation'],
  ['headcount', 'system', 'project', '完成年度人力标准配置 · Set the annual standard headcount', '2026-03-01', '2026-11-15', '1', null],
];

describe('the corporate annual plan for 2026 in both languages', () => {
  const b = plan();
  const node = (key: string) => b.nodes.find((n) => n.key === key)!;

  it('holds the demo’s cascade with the same titles, levels, parents, weights, dimensions and dates', () => {
    expect(DEMO.map(([key]) => {
      const n = node(key);
      return [n.key, n.parentKey, n.level, n.title, n.startDate, n.dueDate, n.weight, n.dimension];
    })).toEqual(DEMO);
  });

  it('holds the demo’s KPIs, names split into their two languages', () => {
    expect(node('share').kpi).toEqual({ name: '市场占有率 · Market share', unit: '%', direction: 'higher_is_better', baseline: '25', target: '40', budgetTarget: null });
    expect(node('dealers').kpi).toMatchObject({ name: '满意度 · Satisfaction', unit: '/5', baseline: '3.8', target: '4.5' });
    expect(node('price').kpi).toMatchObject({ name: '零售价 · Retail price', unit: '元', direction: 'lower_is_better', baseline: '299', target: '269' });
  });

  it('has the demo’s seven departments, the HR department planning headcount', () => {
    expect(b.departments.map((d) => [d.name, d.kind, d.isHr])).toEqual([
      ['总裁办 · President’s office', 'presidents_office', false],
      ['销售中心 · Sales center', 'sales', false],
      ['财务中心 · Finance center', 'finance', false],
      ['研发中心 · R&D center', 'rnd', false],
      ['采购部 · Procurement', 'supply', false],
      ['生产部 · Manufacturing', 'supply', false],
      ['人力资源部 · HR department', 'hr', true],
    ]);
  });

  it('works on all three dimensions: marketing, production and organisation', () => {
    const objectives = b.nodes.filter((n) => n.level === 'objective');
    expect(new Set(objectives.map((o) => o.dimension ?? 'marketing'))).toEqual(new Set(['marketing', 'production', 'organisation']));
    expect(node('monthly-review').recurrence).toBe('monthly');
    expect(node('supplier-audits').checklist.length).toBeGreaterThan(0);
  });

  it('takes the revenue objective’s target from the budget’s first year', () => {
    expect(node('revenue').kpi).toMatchObject({ budgetTarget: { scenario: 'responsibility', measure: 'revenue', period: 'Y1' }, target: '162966644.71' });
  });

  it('budgets two years from the plan’s first month, departments by key', () => {
    const input = b.budget!.input;
    expect([input.startMonth, input.horizonMonths]).toEqual(['2026-01', 24]);
    expect(new Set(input.costLines.map((l) => l.departmentId))).toEqual(new Set(['president', 'sales', 'rnd', 'manufacturing', 'procurement', 'finance', 'hr']));
    expect(input.stretch?.global).toEqual({ volume: '1.12', price: '1.02', fixedCost: '1.05', headcount: '1.05' });
    expect(b.budget!.costLineNodes['product-development']).toBe('packaging');
  });
});

describe('the corporate plan’s planning cycle', () => {
  it.each([2026, 2027, 2031])('is due on the source’s dates in the autumn before plan year %i', (year) => {
    const y = year - 1;
    expect(plan({ planYear: year }).cycle!.map((s) => s.dueDate)).toEqual([`${y}-10-20`, `${y}-10-25`, `${y}-11-01`, `${y}-11-05`, `${y}-11-10`, `${y}-11-14`, `${y}-11-21`, `${y}-11-25`]);
  });

  it('moves with a fiscal year that starts later, as the planning-cycle module lays it out', () => {
    const b = plan({ planYear: 2027, fiscalYearStartMonth: 4 });
    expect(b.plan).toMatchObject({ startDate: '2027-04-01', endDate: '2028-03-31' });
    expect(b.cycle!.map((s) => [s.key, s.startDate, s.dueDate])).toEqual(defaultCycle(2027, 4).map((s) => [s.key, s.startDate, s.dueDate]));
    expect(b.budget!.input.startMonth).toBe('2027-04');
  });
});

describe('the corporate plan in one language', () => {
  it('writes Chinese or English only, with the company’s name as typed', () => {
    const zh = plan({ language: 'zh-CN', parameters: { companyName: '东方电器', marketShareTarget: '35' } });
    expect(zh.nodes[0].description).toContain('东方电器的战略目标');
    expect(zh.nodes.find((n) => n.key === 'share')!.title).toBe('第一年市场占有率提升到 35%');
    const en = plan({ language: 'en' });
    expect(en.nodes[0].title).toBe('Become No. 1 in the industry within five years');
    expect(en.nodes[0].description).toContain('Xinghai Appliances’s strategic goal');
  });
});
