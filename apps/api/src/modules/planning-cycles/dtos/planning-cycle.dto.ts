import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { lookupField } from '../../../common/graphql/lookups';
import { MemberDto } from '../../members/dtos/member.dto';
import { CycleStageDto } from './cycle-stage.dto';

@ObjectType('CycleLateMember', { description: 'A responsible member with overdue stages (null member: stages nobody answers for).' })
export class CycleLateMemberDto {
  orgId!: string;
  memberId!: string | null;
  @Field(() => MemberDto, { nullable: true }) member?: MemberDto | null;
  @Field(() => [ID]) overdueStageIds!: string[];
}

@ObjectType('CycleDashboard', { description: 'Where the cycle stands today (the database’s current date).' })
export class CycleDashboardDto {
  @Field(() => Int) stageCount!: number;
  @Field(() => Int) approvedCount!: number;
  @Field(() => Int, { description: 'Stages due on or before today.' }) dueByTodayCount!: number;
  @Field(() => Int, { description: 'Of those, the approved ones.' }) doneOfDueCount!: number;
  @Field(() => Int) overdueCount!: number;
  @Field(() => Int) submittedCount!: number;
  @Field(() => [CycleLateMemberDto]) late!: CycleLateMemberDto[];
}

@ObjectType('PlanningCycle')
export class PlanningCycleDto {
  @Field(() => ID) id!: string;
  orgId!: string;
  @Field(() => ID, { description: 'The plan the cycle produces; approving the overall-plan stage approves it.' }) planId!: string;
  @Field(() => Int) planYear!: number;
  @Field() name!: string;
  leaderId!: string | null;
  deputyLeaderId!: string | null;
  @Field(() => MemberDto, { nullable: true, description: 'The planning group’s leader.' }) leader?: MemberDto | null;
  @Field(() => MemberDto, { nullable: true }) deputyLeader?: MemberDto | null;
  @Field(() => [ID], { description: 'The planning group’s other members.' }) memberIds!: string[];
  @Field(() => String, { nullable: true, description: 'What to change next year.' }) retrospective!: string | null;
  @Field(() => String, { nullable: true, description: 'The retrospective of the organisation’s previous cycle (the latest earlier plan year).' })
  previousRetrospective!: string | null;
  @Field(() => String, { description: 'The database’s current date (YYYY-MM-DD) the overdue flags are computed against.' }) today!: string;
  @Field(() => [CycleStageDto], { description: 'Live stages in order.' }) stages!: CycleStageDto[];
  @Field(() => [CycleStageDto], { description: 'Deleted stages, which can be restored.' }) deletedStages!: CycleStageDto[];
  @Field(() => [ID], { description: 'The chain of stages that decides when the last stage can finish, first to last.' }) criticalPath!: string[];
  @Field(() => CycleDashboardDto) dashboard!: CycleDashboardDto;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

lookupField<PlanningCycleDto>('PlanningCycle', 'leader', 'member', (c) => c.leaderId);
lookupField<PlanningCycleDto>('PlanningCycle', 'deputyLeader', 'member', (c) => c.deputyLeaderId);
lookupField<CycleLateMemberDto>('CycleLateMember', 'member', 'member', (l) => l.memberId);
