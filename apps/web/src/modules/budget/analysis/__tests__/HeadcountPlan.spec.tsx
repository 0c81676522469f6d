import { computeBudget } from '@opsplan/domain';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HeadcountPlan } from '../HeadcountPlan';
import { BAKERY_DEPARTMENTS, bakeryBudget, budgetFragment } from './budgetFixture';

// A shop manager's view: no salaries, so no engine result; the API sends the
// shop's headcount and labour cost per month, masked while it has two people.
const headcount = [...Array<string>(6).fill('2.00'), ...Array<string>(18).fill('3.00')];
const labourCost = [...Array<null>(6).fill(null), ...Array<string>(18).fill('19008.00')];
const managerBudget = budgetFragment(
  { departmentLabour: [{ __typename: 'DepartmentLabour', departmentId: 'shop', headcount, labourCost, masked: true }] },
  { readAll: false, editDrivers: false, editRevenue: false, editPositions: false, seeSalaries: false, editActuals: false, export: false, departmentId: 'shop' },
);

describe('the headcount plan', () => {
  it('shows a manager the department’s labour cost month by month, hidden where fewer than 3 people', () => {
    render(<HeadcountPlan budget={managerBudget} input={bakeryBudget({ revenueLines: [], positions: [] })} result={null} departments={BAKERY_DEPARTMENTS} />);
    expect(screen.getByTestId('headcount-totals-only').textContent).toContain('not in months with fewer than 3 people');
    const september = screen.getByTestId('labour-shop-2026-09');
    expect(september.textContent).toBe('2.00 peopleHidden: fewer than 3 people');
    expect(screen.getByTestId('labour-shop-2026-10').textContent).toBe('3.00 people19,008.00');
    // Year 1 has masked months: no total; year 2 has none: 12 × 19,008.
    expect(within(screen.getByTestId('headcount-labour-shop-Y1')).getByText('Hidden')).toBeTruthy();
    expect(screen.getByTestId('headcount-labour-shop-Y2').textContent).toBe('228,096.00');
    // No shares of revenue or costs without the whole budget.
    expect(screen.queryByText('Share of revenue')).toBeNull();
  });

  it('takes the figures from the engine when salaries are known, with their shares', () => {
    const input = bakeryBudget();
    render(<HeadcountPlan budget={budgetFragment()} input={input} result={computeBudget(input)} departments={BAKERY_DEPARTMENTS} />);
    expect(screen.queryByTestId('headcount-totals-only')).toBeNull();
    expect(screen.queryByTestId('headcount-monthly')).toBeNull();
    expect(screen.getByTestId('headcount-labour-shop-Y1').textContent).toBe('190,080.00');
    expect(screen.getByTestId('headcount-labour-bakehouse-total').textContent).toBe('617,760.00');
    const table = screen.getByTestId('headcount-table');
    expect(within(table).getByText('Shop')).toBeTruthy();
    expect(within(table).getByText('15.5%')).toBeTruthy();
  });
});
