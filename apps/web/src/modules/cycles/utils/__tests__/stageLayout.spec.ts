import { describe, expect, it } from 'vitest';
import { dependentsOf, layoutProblem, movedOrder, NEW_STAGE_ID, refusedStageIds, withStage } from '../stageLayout';

// forecast ← plan ← budget, as a small cycle lays them out.
const forecast = { id: 'forecast', startDate: '2027-01-04', dueDate: '2027-01-29', dependsOn: [] };
const plan = { id: 'plan', startDate: '2027-02-01', dueDate: '2027-02-26', dependsOn: ['forecast'] };
const budget = { id: 'budget', startDate: '2027-03-01', dueDate: '2027-03-26', dependsOn: ['plan'] };
const stages = [forecast, plan, budget];

describe('laying out a cycle’s stages', () => {
  it('accepts a new stage due after everything it depends on', () => {
    const review = { id: NEW_STAGE_ID, startDate: '2027-03-29', dueDate: '2027-04-09', dependsOn: ['budget', 'plan'] };
    expect(layoutProblem(withStage(stages, review))).toBeNull();
  });

  it('refuses a new stage due before a stage it depends on, naming both', () => {
    const review = { id: NEW_STAGE_ID, startDate: '2027-03-01', dueDate: '2027-03-12', dependsOn: ['budget'] };
    expect(layoutProblem(withStage(stages, review))).toEqual({ kind: 'due_before_dependency', stageId: NEW_STAGE_ID, dependencyId: 'budget' });
  });

  it('refuses a stage due before it starts', () => {
    const review = { id: NEW_STAGE_ID, startDate: '2027-04-09', dueDate: '2027-04-01', dependsOn: [] };
    expect(layoutProblem(withStage(stages, review))).toEqual({ kind: 'ends_before_start', stageId: NEW_STAGE_ID });
  });

  it('refuses making the forecast depend on the budget: the loop runs through every stage', () => {
    const changed = { ...forecast, dependsOn: ['budget'] };
    const problem = layoutProblem(withStage(stages, changed));
    expect(problem?.kind).toBe('cycle');
    expect(problem && 'stageIds' in problem ? new Set(problem.stageIds) : null).toEqual(new Set(['forecast', 'plan', 'budget']));
  });

  it('finds a loop before a date problem, as the API does', () => {
    const changed = { ...forecast, dueDate: '2027-12-31', dependsOn: ['plan'] };
    expect(layoutProblem(withStage(stages, changed))?.kind).toBe('cycle');
  });

  it('refuses pushing a stage’s due date past a stage that depends on it', () => {
    const changed = { ...forecast, dueDate: '2027-03-05' };
    expect(layoutProblem(withStage(stages, changed))).toEqual({ kind: 'due_before_dependency', stageId: 'plan', dependencyId: 'forecast' });
  });

  it('replaces the stage of the same id rather than adding it again', () => {
    expect(withStage(stages, { ...plan, dueDate: '2027-02-27' })).toHaveLength(3);
  });
});

describe('removing and re-ordering stages', () => {
  it('names the stages that depend on the one to remove', () => {
    expect(dependentsOf('forecast', stages).map((s) => s.id)).toEqual(['plan']);
    expect(dependentsOf('budget', stages)).toEqual([]);
  });

  it('swaps a stage with its neighbour, and not past either end', () => {
    const ids = ['forecast', 'plan', 'budget'];
    expect(movedOrder(ids, 'plan', 'up')).toEqual(['plan', 'forecast', 'budget']);
    expect(movedOrder(ids, 'plan', 'down')).toEqual(['forecast', 'budget', 'plan']);
    expect(movedOrder(ids, 'forecast', 'up')).toBeNull();
    expect(movedOrder(ids, 'budget', 'down')).toBeNull();
    expect(movedOrder(ids, 'gone', 'up')).toBeNull();
  });

  it('reads the stages an API refusal names', () => {
    const refusal = Object.assign(new Error('refused'), {
      errors: [{ message: '“Review” cannot be due before “Budget”', extensions: { code: 'BAD_USER_INPUT', field: 'dueDate', stageIds: ['new', 'budget'] } }],
    });
    expect(refusedStageIds(refusal)).toEqual(['new', 'budget']);
    expect(refusedStageIds(new Error('offline'))).toEqual([]);
  });
});
