import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../../../i18n/i18n';
import { BudgetToDateFigures } from '../BudgetToDateCard';

const toDate = {
  __typename: 'BudgetToDate' as const,
  budgetId: 'budget-1',
  currency: 'CNY',
  fromMonth: '2026-01',
  throughMonth: '2026-09',
  revenue: { __typename: 'ToDateFigures' as const, actual: '12345678.00', responsibility: '12000000.00', stretch: '13800000.00' },
  costs: { __typename: 'ToDateFigures' as const, actual: '9100000.00', responsibility: '8800000.00', stretch: '9050000.00' },
};

describe('the year-to-date budget card', () => {
  it('sets actual revenue and costs beside the two targets, through the last month with actuals', () => {
    render(<BudgetToDateFigures toDate={toDate} />);
    expect(screen.getByTestId('budget-to-date-through').textContent).toBe('Year to date: 2026-01 through 2026-09');
    const revenue = screen.getByTestId('budget-to-date-revenue');
    expect(revenue.textContent).toContain('CN¥12.35M');
    expect(revenue.textContent).toContain('CN¥12M');
    expect(revenue.textContent).toContain('CN¥13.8M');
    expect(revenue.textContent).toContain('CN¥345.68K against the responsibility target');
    expect(screen.getByTestId('budget-to-date-costs').textContent).toContain('CN¥300K against the responsibility target');
  });

  it('counts in 万 in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    try {
      render(<BudgetToDateFigures toDate={toDate} />);
      expect(screen.getByTestId('budget-to-date-through').textContent).toBe('本年累计：2026-01 至 2026-09');
      expect(screen.getByTestId('budget-to-date-revenue').textContent).toContain('¥1234.57万');
      expect(screen.getByTestId('budget-to-date-costs').textContent).toContain('与责任目标值相差 ¥30万');
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
