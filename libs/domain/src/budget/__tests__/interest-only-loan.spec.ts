import { computeBudget } from '../..';
import { emptyBudget, monthly } from './fixtures';

// A 100,000 interest-only loan at 6 % a year over 24 months, in a three-year budget with no
// trading: 500.00 interest a month (100,000 × 0.06 / 12), the whole principal back in month 24.
// A second loan of 50,000 at 4.8 % runs 48 months, past the horizon: 200.00 a month, still owed at the end.
const result = computeBudget(
  emptyBudget({
    horizonMonths: 36,
    financing: {
      initialInvestment: '0',
      depreciationMonths: 1,
      ownFunds: '0',
      loans: [
        { id: 'bullet', principal: '100000', annualRate: '0.06', termMonths: 24, repayment: 'interestOnly' },
        { id: 'long', principal: '50000', annualRate: '0.048', termMonths: 48, repayment: 'interestOnly' },
      ],
    },
  }),
);
const plan = result.responsibility;

describe('an interest-only loan', () => {
  it('charges interest on the full principal until it is repaid', () => {
    expect(plan.months[0].interest).toBe('700.00');
    expect(plan.months[23].interest).toBe('700.00');
    expect(plan.months[24].interest).toBe('200.00');
    expect(plan.years.map((y) => y.interest)).toEqual(['8400.00', '8400.00', '2400.00']);
  });

  it('repays the principal in one go at the end of the term', () => {
    expect(monthly(plan, (m) => m.cash.repayments).filter((r) => r !== '0.00')).toEqual(['100000.00']);
    expect(plan.months[23].cash.repayments).toBe('100000.00');
    expect(plan.months[22].cash.loanBalance).toBe('150000.00');
    expect(plan.months[23].cash.loanBalance).toBe('50000.00');
    expect(plan.total.cash.loanBalance).toBe('50000.00');
  });

  it('shows the cash the interest and the repayment use', () => {
    // 150,000 drawn − 100,000 repaid − interest 8,400 + 8,400 + 2,400.
    expect(plan.months[0].cash.closing).toBe('149300.00');
    expect(plan.total.cash.closing).toBe('30800.00');
    expect(plan.total.profitBeforeTax).toBe('-19200.00');
  });

  it('has no breakeven without anything to sell', () => {
    expect(result.breakeven.status).toBe('noBreakeven');
  });
});
