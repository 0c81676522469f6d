import fc from 'fast-check';
import { criticalPath, decideStageAction, findDependencyCycle, isStageOverdue, scheduleProblems, StageLink } from '../stage-rules';
import type { CycleActor, StageState } from '../stage-rules';

describe('dependency cycles', () => {
  it('names the stages along a cycle', () => {
    const stages = [
      { id: 'a', dependsOn: ['c'] },
      { id: 'b', dependsOn: ['a'] },
      { id: 'c', dependsOn: ['b'] },
    ];
    expect(findDependencyCycle(stages)).toEqual(['a', 'c', 'b', 'a']);
    expect(findDependencyCycle([{ id: 'a', dependsOn: ['a'] }])).toEqual(['a', 'a']);
    expect(findDependencyCycle([{ id: 'a', dependsOn: [] }, { id: 'b', dependsOn: ['a', 'a'] }])).toBeNull();
  });

  it('finds a cycle exactly when some stage can reach itself', () => {
    const graph = fc.integer({ min: 1, max: 8 }).chain((n) =>
      fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 3 }), { minLength: n, maxLength: n }),
    );
    fc.assert(
      fc.property(graph, (edges) => {
        const stages: StageLink[] = edges.map((deps, i) => ({ id: `s${i}`, dependsOn: deps.map((d) => `s${d}`) }));
        const reaches = (from: number, to: number) => {
          const seen = new Set<number>();
          const stack = [...edges[from]];
          while (stack.length > 0) {
            const next = stack.pop() as number;
            if (next === to) return true;
            if (!seen.has(next)) {
              seen.add(next);
              stack.push(...edges[next]);
            }
          }
          return false;
        };
        const cyclic = edges.some((_, i) => reaches(i, i));
        const found = findDependencyCycle(stages);
        expect(found !== null).toBe(cyclic);
        if (found) {
          expect(found[0]).toBe(found[found.length - 1]);
          for (let i = 0; i + 1 < found.length; i++) {
            expect(stages.find((s) => s.id === found[i])?.dependsOn).toContain(found[i + 1]);
          }
        }
      }),
    );
  });
});

describe('stage dates', () => {
  const stage = (id: string, startDate: string, dueDate: string, dependsOn: string[] = []) => ({ id, startDate, dueDate, dependsOn });

  it('reports a stage due before a stage it waits for, naming both', () => {
    expect(scheduleProblems([stage('forecast', '2026-10-01', '2026-10-20'), stage('budget', '2026-10-01', '2026-10-18', ['forecast'])])).toEqual([
      { kind: 'due_before_dependency', stageId: 'budget', dependencyId: 'forecast' },
    ]);
  });

  it('reports a stage due before it starts, a link to a missing stage and to itself', () => {
    expect(scheduleProblems([stage('a', '2026-10-10', '2026-10-01', ['zz', 'a'])])).toEqual([
      { kind: 'ends_before_start', stageId: 'a' },
      { kind: 'unknown_dependency', stageId: 'a', dependencyId: 'zz' },
      { kind: 'depends_on_itself', stageId: 'a' },
    ]);
  });

  it('follows the latest-due dependency back from the last stage', () => {
    const stages = [
      stage('a', '2026-10-01', '2026-10-05'),
      stage('b', '2026-10-01', '2026-10-20'),
      stage('c', '2026-10-06', '2026-10-10', ['a']),
      stage('d', '2026-10-20', '2026-11-01', ['b', 'c']),
      stage('e', '2026-10-01', '2026-10-30'),
    ];
    expect(criticalPath(stages)).toEqual(['b', 'd']);
    expect(criticalPath([])).toEqual([]);
  });

  it('calls a stage overdue after its due date until it is approved', () => {
    expect(isStageOverdue({ dueDate: '2026-10-20', status: 'submitted' }, '2026-10-21')).toBe(true);
    expect(isStageOverdue({ dueDate: '2026-10-20', status: 'submitted' }, '2026-10-20')).toBe(false);
    expect(isStageOverdue({ dueDate: '2026-10-20', status: 'approved' }, '2026-12-01')).toBe(false);
  });
});

describe('who may move a stage on', () => {
  const actor = (over: Partial<CycleActor> = {}): CycleActor => ({ membershipId: 'me', role: 'staff', leadsPlanningGroup: false, responsibleForStage: false, ...over });
  const state = (over: Partial<StageState> = {}): StageState => ({ status: 'in_progress', submittedBy: null, dependencyStatuses: [], ...over });

  it('lets the responsible member submit once every dependency is approved', () => {
    const owner = actor({ role: 'manager', responsibleForStage: true });
    expect(decideStageAction('submit', owner, state({ dependencyStatuses: ['approved', 'approved'] }))).toEqual({ ok: true, next: 'submitted' });
    expect(decideStageAction('submit', owner, state({ dependencyStatuses: ['approved', 'submitted'] }))).toEqual({
      ok: false,
      code: 'BAD_USER_INPUT',
      reason: 'dependencies_not_approved',
    });
    expect(decideStageAction('submit', actor({ role: 'manager' }), state())).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });

  it('lets the group’s leaders and executives approve or return, never their own submission', () => {
    const submitted = state({ status: 'submitted', submittedBy: 'someone' });
    expect(decideStageAction('approve', actor({ leadsPlanningGroup: true }), submitted)).toEqual({ ok: true, next: 'approved' });
    expect(decideStageAction('return', actor({ role: 'executive' }), submitted)).toEqual({ ok: true, next: 'returned' });
    expect(decideStageAction('approve', actor({ role: 'executive' }), state({ status: 'submitted', submittedBy: 'me' }))).toEqual({
      ok: false,
      code: 'FORBIDDEN',
      reason: 'own_submission',
    });
    expect(decideStageAction('approve', actor({ role: 'staff', responsibleForStage: true }), submitted)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(decideStageAction('approve', actor({ role: 'finance' }), submitted)).toMatchObject({ ok: false, reason: 'not_allowed' });
    expect(decideStageAction('approve', actor({ role: 'admin' }), state({ status: 'in_progress' }))).toMatchObject({ ok: false, reason: 'not_submitted' });
  });

  it('keeps an approved stage final and sends a returned one back to work', () => {
    for (const action of ['start', 'edit', 'submit', 'approve', 'return'] as const) {
      expect(decideStageAction(action, actor({ role: 'admin' }), state({ status: 'approved' }))).toMatchObject({ ok: false, reason: 'already_approved' });
    }
    expect(decideStageAction('start', actor({ responsibleForStage: true }), state({ status: 'returned' }))).toEqual({ ok: true, next: 'in_progress' });
    expect(decideStageAction('edit', actor({ responsibleForStage: true }), state({ status: 'returned' }))).toEqual({ ok: true, next: 'in_progress' });
    expect(decideStageAction('edit', actor({ responsibleForStage: true }), state({ status: 'submitted' }))).toMatchObject({ ok: false, reason: 'wrong_status' });
  });
});
