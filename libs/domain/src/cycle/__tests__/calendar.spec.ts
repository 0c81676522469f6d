import { DEFAULT_DEPENDENCIES, defaultCycle, STAGE_KEYS } from '../calendar';
import { criticalPath, findDependencyCycle, scheduleProblems } from '../stage-rules';

const asStages = (cycle: ReturnType<typeof defaultCycle>) => cycle.map((s) => ({ id: s.key, startDate: s.startDate, dueDate: s.dueDate, dependsOn: s.dependsOn }));

describe('the default planning cycle', () => {
  it('is due on the source’s dates for plan year 2027', () => {
    expect(defaultCycle(2027).map((s) => [s.position, s.key, s.dueDate])).toEqual([
      [1, 'sales_forecast', '2026-10-20'],
      [2, 'financial_forecast', '2026-10-25'],
      [3, 'sales_plan', '2026-11-01'],
      [4, 'rnd_plan', '2026-11-05'],
      [5, 'supply_plan', '2026-11-10'],
      [6, 'hr_plan', '2026-11-14'],
      [7, 'financial_budget', '2026-11-21'],
      [8, 'overall_plan', '2026-11-25'],
    ]);
  });

  it('starts each stage when the last stage it waits for is due, the first on Oct 1', () => {
    expect(defaultCycle(2027).map((s) => s.startDate)).toEqual([
      '2026-10-01',
      '2026-10-20',
      '2026-10-25',
      '2026-11-01',
      '2026-11-05',
      '2026-11-10',
      '2026-11-14',
      '2026-11-21',
    ]);
  });

  it('links the stages as the source does', () => {
    expect(DEFAULT_DEPENDENCIES.financial_forecast).toEqual(['sales_forecast']);
    expect(DEFAULT_DEPENDENCIES.sales_plan).toEqual(['sales_forecast', 'financial_forecast']);
    expect(DEFAULT_DEPENDENCIES.rnd_plan).toEqual(['sales_plan']);
    expect(DEFAULT_DEPENDENCIES.supply_plan).toEqual(['sales_plan', 'rnd_plan']);
    expect(DEFAULT_DEPENDENCIES.hr_plan).toEqual(['sales_plan', 'rnd_plan', 'supply_plan']);
    expect(DEFAULT_DEPENDENCIES.financial_budget).toEqual(STAGE_KEYS.slice(0, 6));
    expect(DEFAULT_DEPENDENCIES.overall_plan).toEqual(STAGE_KEYS.slice(0, 7));
  });

  it('shifts every date by the months the fiscal year starts later, keeping the gaps', () => {
    const april = defaultCycle(2027, 4);
    expect(april.map((s) => s.dueDate)).toEqual(['2027-01-20', '2027-01-25', '2027-02-01', '2027-02-05', '2027-02-10', '2027-02-14', '2027-02-21', '2027-02-25']);
    expect(defaultCycle(2027, 12)[0].dueDate).toBe('2027-09-20');
    expect(defaultCycle(2027, 12)[7].dueDate).toBe('2027-10-25');
  });

  it('is a valid schedule: no cycle, nothing due before what it waits for', () => {
    for (const month of [1, 2, 4, 7, 12]) {
      const stages = asStages(defaultCycle(2030, month));
      expect(findDependencyCycle(stages)).toBeNull();
      expect(scheduleProblems(stages)).toEqual([]);
    }
  });

  it('runs its critical path through every stage', () => {
    expect(criticalPath(asStages(defaultCycle(2027)))).toEqual([...STAGE_KEYS]);
  });

  it('refuses an impossible fiscal month or year', () => {
    expect(() => defaultCycle(2027, 0)).toThrow(RangeError);
    expect(() => defaultCycle(2027, 13)).toThrow(RangeError);
    expect(() => defaultCycle(2027.5)).toThrow(RangeError);
  });
});
