import { kpiProgress } from '../..';

describe('KPI progress', () => {
  it('measures market share from 25% towards 40%', () => {
    expect(kpiProgress({ direction: 'higher_is_better', baseline: '25', target: '40', actual: '31' })).toBeCloseTo(40, 10);
  });

  it('measures a cost that should fall from 120 to 100', () => {
    expect(kpiProgress({ direction: 'lower_is_better', baseline: '120', target: '100', actual: '110' })).toBeCloseTo(50, 10);
  });

  it('stops at 100 beyond the target and at 0 when moving the wrong way', () => {
    expect(kpiProgress({ direction: 'higher_is_better', baseline: '0', target: '30', actual: '45' })).toBe(100);
    expect(kpiProgress({ direction: 'higher_is_better', baseline: '10', target: '30', actual: '5' })).toBe(0);
  });

  it('is 0 before any actual is reported', () => {
    expect(kpiProgress({ direction: 'higher_is_better', baseline: '0', target: '30', actual: null })).toBe(0);
  });

  it('treats a target equal to the baseline as met once the actual holds it', () => {
    expect(kpiProgress({ direction: 'lower_is_better', baseline: '0', target: '0', actual: '0' })).toBe(100);
    expect(kpiProgress({ direction: 'lower_is_better', baseline: '0', target: '0', actual: '2' })).toBe(0);
  });
});
