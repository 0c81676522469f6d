import { computeBudget } from '@opsplan/domain';
import { describe, expect, it } from 'vitest';
import { headcountFromLabour, headcountFromScenario } from '../headcountPlan';
import { bakeryBudget } from './budgetFixture';

describe('the headcount plan from the engine', () => {
  const plan = headcountFromScenario(computeBudget(bakeryBudget()).responsibility);

  it('stacks each department’s headcount month by month', () => {
    // The counter has two people until a third joins in October 2026.
    expect(plan.chart[5]).toEqual({ month: '2026-09', 'dept:shop': 2, 'dept:bakehouse': 3 });
    expect(plan.chart[6]).toEqual({ month: '2026-10', 'dept:shop': 3, 'dept:bakehouse': 3 });
  });

  it('gives average headcount, labour cost and its shares per year', () => {
    const shop = plan.departments.find((d) => d.departmentId === 'shop');
    // Year 1: 2 people for six months and 3 for six: 2.50 on average;
    // 2 × 4,800 × 1.32 × 12 + 4,800 × 1.32 × 6 = 152,064 + 38,016 = 190,080.
    // All costs before tax in year 1: 1,237,984.66 − 9,730.72 = 1,228,253.94; 190,080 of it is 15.48 %.
    expect(shop?.periods[0]).toEqual({
      label: 'Y1',
      firstMonth: '2026-04',
      lastMonth: '2027-03',
      averageHeadcount: '2.50',
      labourCost: '190080.00',
      shareOfCosts: '0.1548',
      shareOfRevenue: '0.1535',
      maskedMonths: 0,
    });
    expect(shop?.periods.map((p) => [p.label, p.averageHeadcount, p.labourCost])).toEqual([
      ['Y1', '2.50', '190080.00'],
      ['Y2', '3.00', '228096.00'],
      ['total', '2.75', '418176.00'],
    ]);
  });
});

describe('the headcount plan from department totals (a manager without salaries)', () => {
  // Thirteen months: two people for three months (labour cost hidden), then three from month 4.
  const headcount = ['2.00', '2.00', '2.00', ...Array<string>(10).fill('3.00')];
  const labourCost = [null, null, null, ...Array<string>(10).fill('19008.00')];
  const plan = headcountFromLabour([{ departmentId: 'shop', headcount, labourCost }], '2026-04', 13);

  it('keeps masked months masked, month by month', () => {
    const months = plan.departments[0].months;
    expect(months.slice(2, 4)).toEqual([
      { month: '2026-06', headcount: '2.00', labourCost: null },
      { month: '2026-07', headcount: '3.00', labourCost: '19008.00' },
    ]);
    expect(months.filter((m) => m.labourCost === null).map((m) => m.month)).toEqual(['2026-04', '2026-05', '2026-06']);
  });

  it('hides a year’s labour cost when any month of it is masked, and shows a year without masked months', () => {
    const [year1, year2, total] = plan.departments[0].periods;
    // Year 1 (12 months): 3 × 2 + 9 × 3 = 33 person-months, 2.75 on average; 3 months masked.
    expect(year1).toMatchObject({ label: 'Y1', firstMonth: '2026-04', lastMonth: '2027-03', averageHeadcount: '2.75', labourCost: null, maskedMonths: 3 });
    // Year 2 is one month with three people: shown.
    expect(year2).toMatchObject({ label: 'Y2', firstMonth: '2027-04', lastMonth: '2027-04', averageHeadcount: '3.00', labourCost: '19008.00', maskedMonths: 0 });
    expect(total).toMatchObject({ labourCost: null, maskedMonths: 3 });
    // No revenue or total costs reach a manager: no shares.
    expect(year2.shareOfCosts).toBeNull();
    expect(year2.shareOfRevenue).toBeNull();
  });

  it('charts the headcount of masked months too (people are not salaries)', () => {
    expect(plan.chart[0]).toEqual({ month: '2026-04', 'dept:shop': 2 });
    expect(plan.chart[12]).toEqual({ month: '2027-04', 'dept:shop': 3 });
  });
});
