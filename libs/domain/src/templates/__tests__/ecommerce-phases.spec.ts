import { Dec } from '../../budget/decimal';
import { builtInTemplate } from '../built-in';
import { addDays } from '../../cycle/calendar';
import { instantiateTemplate } from '../instantiate';
import type { PlanBlueprint } from '../types';

// The group-buying site's first year (BRIEF §3) in four phases of 1.5, 2.5,
// 5 and 3 months, one after the other from the launch day.
const template = builtInTemplate('ecommerce')!;

function launch(startDate: string, parameters: Record<string, string> = {}): PlanBlueprint {
  const result = instantiateTemplate(template, { language: 'en', startDate, parameters });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.blueprint;
}

describe('the group-buying site launch', () => {
  it('has four phases that fill the year', () => {
    expect(template.phases!.map((p) => p.months)).toEqual(['1.5', '2.5', '5', '3']);
    expect(template.phases!.reduce((sum, p) => sum.plus(p.months), new Dec(0)).toNumber()).toBe(template.horizonMonths);
  });

  // Half a month is half of the month it falls in, rounded up: 15.5 of March's 31 days is 16.
  it.each([
    ['2026-03-01', ['2026-03-01', '2026-04-16', '2026-07-01', '2026-12-01'], '2027-02-28'],
    ['2026-01-31', ['2026-01-31', '2026-03-14', '2026-05-31', '2026-10-31'], '2027-01-30'],
    ['2024-02-29', ['2024-02-29', '2024-04-14', '2024-06-29', '2024-11-29'], '2025-02-27'],
    ['2025-07-15', ['2025-07-15', '2025-08-31', '2025-11-15', '2026-04-15'], '2026-07-14'],
  ])('lays the phases end to end from %s', (start, starts, end) => {
    const phases = launch(start).phases;
    expect(phases.map((p) => p.startDate)).toEqual(starts);
    expect(phases[0].startDate).toBe(start);
    phases.slice(1).forEach((p, i) => expect(p.startDate).toBe(addDays(phases[i].dueDate, 1)));
    expect(phases[3].dueDate).toBe(end);
  });

  it('gives work laid out by phase the phase’s dates', () => {
    const b = launch('2026-03-01');
    const mid = b.phases.find((p) => p.key === 'mid')!;
    for (const key of ['online-ads', 'offline', 'local-merchants', 'publishers']) {
      expect(b.nodes.find((n) => n.key === key)).toMatchObject({ startDate: mid.startDate, dueDate: mid.dueDate });
    }
  });

  it('measures listings, visits, conversion and merchants', () => {
    const b = launch('2026-03-01', { monthlyVisits: '200000', city: 'Qingdao' });
    const kpi = (key: string) => b.nodes.find((n) => n.key === key)!.kpi;
    expect(kpi('listings')).toMatchObject({ name: 'Complete listings', target: '30' });
    expect(kpi('traffic')).toMatchObject({ name: 'Monthly visits', target: '600000' });
    expect(kpi('stickiness')).toMatchObject({ unit: '%', target: '5' });
    expect(kpi('merchants')).toMatchObject({ name: 'Member merchants', target: '200' });
    expect(b.nodes.find((n) => n.key === 'local-merchants')!.title).toBe('Sign local merchants in Qingdao');
  });

  it('earns a commission per order: visits × conversion orders at order value × commission', () => {
    const b = launch('2026-03-01', { monthlyVisits: '100000', conversionRate: '0.02', averageOrderValue: '80', commissionRate: '0.08' });
    const line = b.budget!.input.revenueLines.find((l) => l.id === 'commissions')!;
    expect(line.kind).toBe('channel');
    expect(line.unitPrice).toBe('6.4');
    expect(line.volume).toMatchObject({ kind: 'monthly' });
    if (line.volume.kind !== 'monthly') return;
    // Nothing while the platform is built; 2,000 orders in month 2, then 10 % more a month.
    expect(line.volume.values.slice(0, 4)).toEqual(['0', '2000', '2200', '2420']);
  });

  it('spells out the store manager’s and customer service’s duties', () => {
    const b = launch('2026-03-01');
    expect(b.nodes.find((n) => n.key === 'manager-duties')!.checklist).toHaveLength(7);
    expect(b.nodes.find((n) => n.key === 'service-duties')!.checklist.length).toBeGreaterThanOrEqual(5);
    expect(b.departments.find((d) => d.key === 'promotion')!.roles).toEqual(['Promoter']);
  });
});
