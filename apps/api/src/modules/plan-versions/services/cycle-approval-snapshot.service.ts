import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MemberCaller } from '../../../common/context/gql-context';
import type { PlanSnapshotPort } from '../../planning-cycles/plan-snapshot.port';
import { PlanVersionsService } from './plan-versions.service';

/** The planning cycle's call on approving the overall-plan stage: a version of the plan, in the approval's own transaction. */
@Injectable()
export class CycleApprovalSnapshotService implements PlanSnapshotPort {
  constructor(private readonly versions: PlanVersionsService) {}

  async snapshotOnApproval(em: EntityManager, caller: MemberCaller, planId: string, _cycleId: string, requestId: string): Promise<void> {
    await this.versions.takeVersion(em, { orgId: caller.orgId, planId, actorUserId: caller.userId, requestId, label: '总体方案审批通过 · Overall plan approved', source: 'cycle_approval' });
  }
}
