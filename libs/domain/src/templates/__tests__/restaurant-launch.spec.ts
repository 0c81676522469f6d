import { Dec } from '../../budget/decimal';
import { computeBudget } from '../../budget/engine';
import { monthOffset } from '../../budget/months';
import { builtInTemplate } from '../built-in';
import { instantiateTemplate } from '../instantiate';
import type { PlanBlueprint } from '../types';

// The fast-food restaurant of BRIEF §4, opened on 2026-03-01: 50,000 yuan,
// 30,000 own funds and a 20,000 bank loan, the investment back within a
// year, three more branches within three years.
const template = builtInTemplate('restaurant')!;

function open(parameters: Record<string, string> = {}): PlanBlueprint {
  const result = instantiateTemplate(template, { language: 'zh-CN', startDate: '2026-03-01', parameters });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.blueprint;
}

const node = (b: PlanBlueprint, key: string) => b.nodes.find((n) => n.key === key)!;

describe('the restaurant launch with the template’s figures', () => {
  const b = open();
  const budget = b.budget!.input;

  it('opens with 50,000 yuan: 30,000 own funds and a 20,000 loan', () => {
    expect(budget.financing.initialInvestment).toBe('50000');
    expect(budget.financing.loans).toEqual([{ id: 'bank-loan', name: '银行贷款', principal: '20000', annualRate: '0.0435', termMonths: 24, repayment: 'equalInstalment' }]);
    expect(new Dec(budget.financing.ownFunds).plus(budget.financing.loans[0].principal).toFixed(2)).toBe('50000.00');
    expect(computeBudget(budget).responsibility.months[0].cash).toMatchObject({ ownFunds: '30000.00', loanDrawdowns: '20000.00', capex: '50000.00' });
  });

  it('earns the investment back in month 8, within the year the goal allows', () => {
    expect(b.checks).toEqual([{ kind: 'paybackWithin', months: 12, paybackMonth: 8, met: true }]);
    const kpi = node(b, 'payback').kpi!;
    expect(kpi).toMatchObject({ name: '投资回收期', unit: '个月', direction: 'lower_is_better', target: '8' });
    expect(kpi.budgetTarget).toEqual({ scenario: 'responsibility', measure: 'paybackMonth', period: 'total' });
  });

  it('sells about 1.08 million yuan in its first year', () => {
    expect(computeBudget(budget).responsibility.years[0].revenue).toBe('1081664.38');
  });

  it('spends and sells nothing for a branch before month 13', () => {
    const branchLines = [...budget.revenueLines, ...budget.costLines, ...budget.positions].filter((l) => l.id.startsWith('branch-'));
    expect(branchLines).toHaveLength(15);
    for (const line of budget.costLines.filter((l) => l.id.startsWith('branch-'))) expect(monthOffset(budget.startMonth, line.firstMonth!)).toBeGreaterThanOrEqual(12);
    for (const position of budget.positions.filter((p) => p.id.startsWith('branch-'))) expect(monthOffset(budget.startMonth, position.firstMonth!)).toBeGreaterThanOrEqual(12);
    for (const line of budget.revenueLines.filter((l) => l.id.startsWith('branch-'))) {
      if (line.volume.kind !== 'monthly') throw new Error('a branch sells from its opening month');
      const first = line.volume.values.findIndex((v) => v !== '0');
      expect(first).toBeGreaterThanOrEqual(12);
      expect(line.volume.values.slice(first).every((v) => Number(v) > 0)).toBe(true);
    }
    const months = computeBudget(budget).responsibility.months;
    for (const m of months.slice(0, 12)) {
      expect(m.fixedCostsByDepartment.expansion).toBe('0.00');
      expect(m.labourCostByDepartment.expansion ?? '0.00').toBe('0.00');
    }
    expect(months[12].fixedCostsByDepartment.expansion).not.toBe('0.00');
  });

  it('plans the three branches as projects between months 13 and 36', () => {
    const projects = b.nodes.filter((n) => n.parentKey === 'branches');
    expect(projects.map((p) => [p.title, p.startDate])).toEqual([
      ['开设第 1 家分店', '2027-03-01'],
      ['开设第 2 家分店', '2027-11-01'],
      ['开设第 3 家分店', '2028-07-01'],
    ]);
    expect(node(b, 'branches')).toMatchObject({ title: '三年内新开 3 家分店', startDate: '2027-03-01', dueDate: '2029-02-28' });
  });

  it('gets the hygiene licence before registering the business', () => {
    expect(node(b, 'registration').dependsOn[0]).toBe('hygiene-licence');
    expect(node(b, 'hygiene-licence').dueDate < node(b, 'registration').startDate).toBe(true);
    expect(node(b, 'hygiene-check').checklist).toHaveLength(5);
  });

  it('keeps the books daily, monthly, quarterly and yearly', () => {
    expect(['cash-count', 'monthly-books', 'quarterly-books', 'annual-books'].map((k) => node(b, k).recurrence)).toEqual(['daily', 'monthly', 'quarterly', 'yearly']);
  });

  it('hires with interview, test, medical check, contract, two months of training and an assessment', () => {
    const hiring = node(b, 'hiring');
    expect(hiring.title).toContain('20–30');
    expect(hiring.checklist).toEqual(['面试', '笔试', '体检', '签订劳动合同', '两个月岗前培训：劳动纪律和各项规章制度', '考核上岗']);
    expect(hiring.description).toContain('20%');
  });

  it('charges the vouchers at 10 % of revenue and the 888 draw every month', () => {
    expect(budget.costLines.find((l) => l.id === 'vouchers')!.amount).toEqual({ kind: 'shareOfRevenue', rate: '0.1' });
    expect(budget.costLines.find((l) => l.id === 'month-end-draw')!.amount).toEqual({ kind: 'monthly', amount: '888' });
  });
});

describe('the restaurant launch without a loan', () => {
  it('leaves the loan out and pays no interest', () => {
    const b = open({ loan: '0', ownFunds: '50000' });
    expect(b.budget!.input.financing.loans).toEqual([]);
    expect(computeBudget(b.budget!.input).responsibility.total.interest).toBe('0.00');
  });
});

describe('the restaurant launch with fewer branches', () => {
  it('names the number chosen in the objective and its KPI', () => {
    const b = open({ branchCount: '2' });
    expect(node(b, 'branches').title).toBe('三年内新开 2 家分店');
    expect(node(b, 'branches').kpi!.target).toBe('2');
  });
});
