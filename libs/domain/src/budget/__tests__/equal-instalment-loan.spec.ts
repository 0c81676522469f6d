import { computeBudget } from '../..';
import { emptyBudget, monthly } from './fixtures';

// 20,000 at 6 % a year repaid in 24 equal instalments: r = 0.005,
// payment = 20,000 × 0.005 / (1 − 1.005^−24) = 886.4122…; interest 100.00 in month 1
// (principal 786.41), falling as the balance does; total interest 24 × 886.4122 − 20,000 = 1,273.89.
// And 12,000 at 0 % over 12 months: 1,000 a month, no interest.
const plan = computeBudget(
  emptyBudget({
    horizonMonths: 36,
    financing: {
      initialInvestment: '0',
      depreciationMonths: 1,
      ownFunds: '0',
      loans: [
        { id: 'bank', principal: '20000', annualRate: '0.06', termMonths: 24, repayment: 'equalInstalment' },
        { id: 'family', principal: '12000', annualRate: '0', termMonths: 12, repayment: 'equalInstalment' },
      ],
    },
  }),
).responsibility;

describe('an equal-instalment loan', () => {
  it('repays exactly the principal', () => {
    const repaid = plan.years.map((y) => y.cash.repayments);
    // Year 1: 9,700.84 of the bank loan + 12,000 of the family loan; year 2 the bank's 10,299.16.
    expect(repaid).toEqual(['21700.84', '10299.16', '0.00']);
    expect(plan.total.cash.repayments).toBe('32000.00');
    expect(plan.months[23].cash.loanBalance).toBe('0.00');
  });

  it('charges falling interest that adds up to the schedule', () => {
    expect(plan.months[0].interest).toBe('100.00');
    expect(plan.months[0].cash.repayments).toBe('1786.41'); // 786.41 + 1,000
    expect(plan.total.interest).toBe('1273.89');
    const interest = monthly(plan, (m) => m.interest).slice(0, 24).map(Number);
    interest.slice(1).forEach((x, i) => expect(x).toBeLessThan(interest[i]));
  });

  it('keeps each instalment equal to the cent', () => {
    // Interest + principal of the bank loan is 886.41 every month (within the cent the running rounding allows).
    plan.months.slice(12, 24).forEach((m) => {
      const instalment = Number(m.interest) + Number(m.cash.repayments);
      expect(Math.abs(instalment - 886.41)).toBeLessThanOrEqual(0.011);
    });
  });
});
