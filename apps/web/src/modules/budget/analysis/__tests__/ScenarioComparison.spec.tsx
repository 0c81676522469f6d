import { computeBudget } from '@opsplan/domain';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScenarioComparison } from '../ScenarioComparison';
import { BAKERY_DEPARTMENTS, bakeryBudget } from './budgetFixture';

describe('the scenario comparison', () => {
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
    expect(screen.getByTestId('payback-responsibility').textContent).toBe('Responsibility target: Not within the horizon');
    expect(screen.getByTestId('payback-stretch').textContent).toBe('Stretch target: Month 13 (2027-04)');

    fireEvent.click(within(screen.getByTestId('comparison-period')).getByText('Year 1'));
    expect(screen.getByTestId('comparison-revenue-responsibility').textContent).toBe('1,237,984.66');
    expect(screen.getByTestId('comparison-profitBeforeTax-breakeven').textContent).toBe('-16,057.56');
    // The charts load in their own chunk.
    expect(await screen.findByTestId('breakeven-chart')).toBeTruthy();
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
