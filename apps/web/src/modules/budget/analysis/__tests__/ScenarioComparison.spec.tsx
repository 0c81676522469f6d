import { computeBudget } from '@opsplan/domain';
import type { Payback } from '@opsplan/domain';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../../i18n/i18n';
import { ScenarioComparison } from '../ScenarioComparison';
import { BAKERY_DEPARTMENTS, bakeryBudget } from './budgetFixture';

/** Half an amount of money, to the cent. */
const halve = (money: string) => (Number(money) / 2).toFixed(2);

function paybackOf(payback: Payback): { month: string; index: number } {
  if (payback.status !== 'paidBack') throw new Error(`Expected a payback month, got ${payback.status}`);
  return payback.month;
}

describe('the scenario comparison', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    void i18n.changeLanguage('en');
  });

  it('sums up breakeven and compares the scenarios over the horizon, or one year', async () => {
    const input = bakeryBudget();
    render(<ScenarioComparison input={input} result={computeBudget(input)} currency="CNY" departments={BAKERY_DEPARTMENTS} />);
    // Breakeven at 96.69 % of planned volume: horizon revenue 2,481,789.61; the plan is 84,841.32 (3.3 %) above it.
    expect(screen.getByTestId('breakeven-volume').textContent).toContain('96.7%');
    expect(screen.getByTestId('breakeven-revenue').textContent).toContain('CN¥2,481,789.61');
    expect(screen.getByTestId('breakeven-margin').textContent).toContain('CN¥84,841.32');
    expect(screen.getByTestId('breakeven-margin').textContent).toContain('3.3%');
    expect(screen.getByTestId('breakeven-profitable-from').textContent).toContain('Month 4 (2026-07)');
    expect(screen.getByTestId('comparison-revenue-responsibility').textContent).toBe('2,566,630.93');
    expect(screen.getByTestId('comparison-revenue-stretchVsResponsibility').textContent).toBe('384,994.64');
    // Payback is a month of the horizon: the last row, whatever the period.
    expect(screen.getByTestId('budget-payback').textContent).toBe('Not within the horizon');
    expect(screen.getByTestId('comparison-paybackMonth-stretch').textContent).toBe('2027-04 (month 13)');
    expect(screen.getByTestId('comparison-paybackMonth-stretchVsResponsibility').textContent).toBe('—');

    fireEvent.click(within(screen.getByTestId('comparison-period')).getByText('Year 1'));
    expect(screen.getByTestId('comparison-revenue-responsibility').textContent).toBe('1,237,984.66');
    expect(screen.getByTestId('comparison-profitBeforeTax-breakeven').textContent).toBe('-16,057.56');
    expect(screen.getByTestId('comparison-paybackMonth-stretch').textContent).toBe('2027-04 (month 13)');
    // The charts load in their own chunk.
    expect(await screen.findByTestId('breakeven-chart')).toBeTruthy();
  });

  it('names each scenario’s payback month, in Chinese too, and marks it on the cash chart', async () => {
    await i18n.changeLanguage('zh-CN');
    // jsdom lays nothing out: give the charts a size to draw in.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, top: 0, left: 0, right: 640, bottom: 300, width: 640, height: 300, toJSON: () => ({}) });
    // Half the investment: the responsibility target now pays it back too.
    const input = bakeryBudget();
    const lighter = { ...input, financing: { ...input.financing, initialInvestment: halve(input.financing.initialInvestment) } };
    const result = computeBudget(lighter);
    expect(result.responsibility.payback.status).toBe('paidBack');
    render(<ScenarioComparison input={lighter} result={result} currency="CNY" departments={BAKERY_DEPARTMENTS} />);
    const { month, index } = paybackOf(result.responsibility.payback);
    expect(screen.getByTestId('budget-payback').textContent).toBe(`${month}（第 ${index} 个月）`);
    expect(screen.getByText('投资回收月')).toBeTruthy();
    const stretch = paybackOf(result.stretch.payback);
    expect(screen.getByTestId('comparison-paybackMonth-stretchVsResponsibility').textContent).toBe(`${stretch.index - index} 个月`);

    const chart = await screen.findByTestId('scenario-cash-chart');
    await waitFor(() => expect(within(chart).getAllByText('回收').length).toBeGreaterThanOrEqual(2));
    expect(within(chart).getByTestId('payback-marker-responsibility')).toBeTruthy();
  });

  it('says plainly when there is no breakeven', () => {
    const input = bakeryBudget({ revenueLines: [{ id: 'bread', name: 'Bread', kind: 'product', unitPrice: '4', volume: { kind: 'flat', perMonth: '100' }, variableCost: { kind: 'unitCost', unitCost: '5' } }] });
    render(<ScenarioComparison input={input} result={computeBudget(input)} currency="CNY" departments={BAKERY_DEPARTMENTS} />);
    const none = screen.getByTestId('breakeven-none');
    expect(none.textContent).toContain('No breakeven: contribution margin ≤ 0');
    // 24 months × 100 loaves × (4 − 5), less marketing at 3 % of 9,600 revenue: −2,400 − 288.
    expect(none.textContent).toContain('-CN¥2,688.00');
    expect(screen.getByTestId('comparison-revenue-breakeven').textContent).toBe('—');
  });

  it('waits for the drivers when there is no result', () => {
    render(<ScenarioComparison input={bakeryBudget()} result={null} currency="CNY" departments={BAKERY_DEPARTMENTS} />);
    expect(screen.getByText('The scenarios appear once the drivers are complete and valid.')).toBeTruthy();
  });
});
