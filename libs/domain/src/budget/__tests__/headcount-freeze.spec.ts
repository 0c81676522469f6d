import { computeBudget } from '../..';
import { emptyBudget, monthly } from './fixtures';

// A hiring freeze from July 2026, over two years:
// - Sales: four reps at 8,000 gross, on-costs 35 % (10,800 each a month). Two leave at the end
//   of June and are not replaced.
// - R&D: three engineers at 15,000, on-costs 40 % (21,000 each), and a half-time contractor
//   at 12,000 with no on-costs (6,000) whose contract ends in September and is not renewed.
const input = emptyBudget({
  horizonMonths: 24,
  positions: [
    { id: 'reps-staying', departmentId: 'sales', roleTitle: 'Sales rep', count: '2', monthlySalary: '8000', onCostRate: '0.35' },
    { id: 'reps-leaving', departmentId: 'sales', roleTitle: 'Sales rep', count: '2', monthlySalary: '8000', onCostRate: '0.35', lastMonth: '2026-06' },
    { id: 'engineers', departmentId: 'rnd', roleTitle: 'Engineer', count: '3', monthlySalary: '15000', onCostRate: '0.40' },
    { id: 'contractor', departmentId: 'rnd', roleTitle: 'Contract engineer', count: '0.5', monthlySalary: '12000', onCostRate: '0', lastMonth: '2026-09' },
  ],
});

describe('a headcount freeze', () => {
  const plan = computeBudget(input).responsibility;

  it('drops the standard headcount when positions end', () => {
    const [jan, jun, jul, sep, oct] = [0, 5, 6, 8, 9].map((m) => plan.months[m]);
    expect(jan.headcountByDepartment).toEqual({ sales: '4.00', rnd: '3.50' });
    expect(jun.headcount).toBe('7.50');
    expect(jul.headcountByDepartment).toEqual({ sales: '2.00', rnd: '3.50' });
    expect(sep.headcount).toBe('5.50');
    expect(oct.headcountByDepartment).toEqual({ sales: '2.00', rnd: '3.00' });
    expect(plan.months[23].headcount).toBe('5.00');
  });

  it('stops the labour cost with the people', () => {
    // Sales: 4 × 10,800 = 43,200 to June, 21,600 after. R&D: 63,000 + 6,000 = 69,000 to September, 63,000 after.
    expect(monthly(plan, (m) => m.labourCostByDepartment.sales).slice(4, 8)).toEqual(['43200.00', '43200.00', '21600.00', '21600.00']);
    expect(monthly(plan, (m) => m.labourCostByDepartment.rnd).slice(7, 11)).toEqual(['69000.00', '69000.00', '63000.00', '63000.00']);
  });

  it('totals the year’s labour cost and average headcount', () => {
    const [y1, y2] = plan.years;
    // Sales 6 × 43,200 + 6 × 21,600 = 388,800; R&D 9 × 69,000 + 3 × 63,000 = 810,000.
    expect(y1.labourCostByDepartment).toEqual({ sales: '388800.00', rnd: '810000.00' });
    expect(y1.labourCost).toBe('1198800.00');
    // Salaries: sales 288,000 + R&D (9 × 51,000 + 3 × 45,000 = 594,000); on-costs 100,800 + 216,000.
    expect([y1.salaries, y1.onCosts]).toEqual(['882000.00', '316800.00']);
    // Average headcount: sales (6 × 4 + 6 × 2) / 12 = 3; R&D (9 × 3.5 + 3 × 3) / 12 = 3.375 → 3.38 (half up);
    // all (6 × 7.5 + 3 × 5.5 + 3 × 5) / 12 = 6.375 → 6.38.
    expect(y1.averageHeadcountByDepartment).toEqual({ sales: '3.00', rnd: '3.38' });
    expect(y1.averageHeadcount).toBe('6.38');
    // Year 2: 12 × (21,600 + 63,000).
    expect(y2.labourCost).toBe('1015200.00');
    expect(y2.averageHeadcount).toBe('5.00');
  });

  it('scales headcount in the stretch target', () => {
    const stretch = computeBudget({ ...input, stretch: { positions: [{ positionId: 'engineers', count: '2' }] } }).stretch;
    expect(stretch.months[0].headcountByDepartment.rnd).toBe('6.50');
    expect(stretch.years[1].labourCostByDepartment.rnd).toBe('1512000.00'); // 12 × 6 × 21,000
  });
});
