import { describe, expect, it } from 'vitest';
import { cycleActorOf, stageActionOffer } from '../stageActions';
import type { CycleForActions, StageForActions } from '../stageActions';

const cycle: CycleForActions = {
  leader: { id: 'gm' },
  deputyLeader: { id: 'admin' },
  stages: [
    { id: 'forecast', status: 'approved' },
    { id: 'plan', status: 'submitted' },
    { id: 'rnd', status: 'in_progress' },
  ],
};
const plan: StageForActions = { id: 'plan', status: 'submitted', dependsOn: ['forecast'], submittedBy: { id: 'sales' }, responsible: { id: 'sales' } };
const rnd: StageForActions = { id: 'rnd', status: 'in_progress', dependsOn: ['plan'], submittedBy: null, responsible: { id: 'rnd-manager' } };

const offer = (who: { id: string; role: 'admin' | 'executive' | 'manager' | 'staff' | 'finance' }, stage: StageForActions) =>
  stageActionOffer(cycleActorOf(who, cycle, stage), cycle, stage);

describe('stage buttons per person and state', () => {
  it('lets the leader approve or return someone else’s submission', () => {
    expect(offer({ id: 'gm', role: 'executive' }, plan)).toMatchObject({ approve: true, return: true, submit: false, edit: false });
  });

  it('does not let the submitter decide on their own submission, and says why', () => {
    const own = offer({ id: 'sales', role: 'manager' }, plan);
    expect(own).toMatchObject({ approve: false, return: false, ownSubmission: false });
    const leaderOwn = offer({ id: 'gm', role: 'executive' }, { ...plan, submittedBy: { id: 'gm' } });
    expect(leaderOwn).toMatchObject({ approve: false, return: false, ownSubmission: true });
  });

  it('lets the responsible member work on their stage but not submit before its dependencies are approved', () => {
    expect(offer({ id: 'rnd-manager', role: 'manager' }, rnd)).toMatchObject({ edit: true, submit: false, submitBlockedBy: 'dependencies_not_approved', approve: false });
  });

  it('offers nothing to a member outside the stage and the planning group', () => {
    expect(offer({ id: 'someone', role: 'staff' }, rnd)).toMatchObject({ edit: false, submit: false, approve: false, return: false, submitBlockedBy: null });
  });

  it('offers nothing on an approved stage', () => {
    const approved: StageForActions = { id: 'forecast', status: 'approved', dependsOn: [], submittedBy: { id: 'sales' }, responsible: { id: 'sales' } };
    expect(offer({ id: 'gm', role: 'executive' }, approved)).toMatchObject({ edit: false, submit: false, approve: false, return: false });
  });

  it('offers nothing without a membership', () => {
    expect(stageActionOffer(cycleActorOf(null, cycle, rnd), cycle, rnd).edit).toBe(false);
  });
});
