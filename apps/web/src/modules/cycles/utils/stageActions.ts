import { decideStageAction } from '@opsplan/domain';
import type { CycleActor, Role, StageRefusal, StageStatus } from '@opsplan/domain';

export interface StageForActions {
  id: string;
  status: StageStatus;
  dependsOn: readonly string[];
  submittedBy: { id: string } | null | undefined;
  responsible: { id: string } | null | undefined;
}

export interface CycleForActions {
  leader: { id: string } | null | undefined;
  deputyLeader: { id: string } | null | undefined;
  stages: readonly { id: string; status: StageStatus }[];
}

export interface StageActionOffer {
  /** Shown and usable. */
  submit: boolean;
  approve: boolean;
  return: boolean;
  /** Deliverables and attachments may be changed. */
  edit: boolean;
  /** Why submitting is not possible although the person may work on the stage. */
  submitBlockedBy: StageRefusal | null;
  /** Approving or returning one's own submission is not allowed; say so rather than hide it silently. */
  ownSubmission: boolean;
}

/** The viewer as a CycleActor for this stage; null for someone who is not a member. */
export function cycleActorOf(
  membership: { id: string; role: Role } | null | undefined,
  cycle: CycleForActions,
  stage: StageForActions,
): CycleActor | null {
  if (!membership) return null;
  return {
    membershipId: membership.id,
    role: membership.role,
    leadsPlanningGroup: membership.id === cycle.leader?.id || membership.id === cycle.deputyLeader?.id,
    responsibleForStage: membership.id === stage.responsible?.id,
  };
}

/** Which stage buttons to offer: decideStageAction, the rule the API enforces, asked for each action. */
export function stageActionOffer(actor: CycleActor | null, cycle: CycleForActions, stage: StageForActions): StageActionOffer {
  const none: StageActionOffer = { submit: false, approve: false, return: false, edit: false, submitBlockedBy: null, ownSubmission: false };
  if (!actor) return none;
  const statusOf = new Map(cycle.stages.map((s) => [s.id, s.status]));
  const state = {
    status: stage.status,
    submittedBy: stage.submittedBy?.id ?? null,
    dependencyStatuses: stage.dependsOn.map((id) => statusOf.get(id)).filter((s): s is StageStatus => s !== undefined),
  };
  const submit = decideStageAction('submit', actor, state);
  const approve = decideStageAction('approve', actor, state);
  const ret = decideStageAction('return', actor, state);
  const edit = decideStageAction('edit', actor, state);
  return {
    submit: submit.ok,
    approve: approve.ok,
    return: ret.ok,
    edit: edit.ok,
    submitBlockedBy: !submit.ok && submit.reason === 'dependencies_not_approved' ? submit.reason : null,
    ownSubmission: !approve.ok && approve.reason === 'own_submission',
  };
}
