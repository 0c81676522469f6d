import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Dimension, KpiDirection, Level, NodeStatus, Recurrence } from '@opsplan/domain';
import { DimensionEnum, KpiDirectionEnum, NodeLevelEnum, NodeStatusEnum, RecurrenceEnum } from './cascade-enums';
import { MemberDto } from '../../members/dtos/member.dto';
import { DepartmentDto } from '../../departments/dtos/department.dto';
import { lookupField } from '../../../common/graphql/lookups';

@ObjectType('KpiTargetSource', { description: 'The figure of the plan’s budget a KPI takes its target from.' })
export class KpiTargetSourceDto {
  @Field({ description: 'responsibility or stretch.' }) scenario!: string;
  @Field({ description: 'revenue, contributionMargin, ebit, profitBeforeTax, netProfit, labourCost, closingCash, or paybackMonth (the month of the horizon, 1-based, in which the investment is earned back; period total only).' }) measure!: string;
  @Field({ description: 'total (the whole horizon) or Y1, Y2, … (its years).' }) period!: string;
}

@ObjectType('Kpi', { description: 'A node’s key performance indicator. Figures are decimal strings (they may be money).' })
export class KpiDto {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => KpiDirectionEnum) direction!: KpiDirection;
  @Field() baseline!: string;
  @Field() target!: string;
  @Field(() => String, { nullable: true }) actual!: string | null;
  @Field(() => Float, { description: 'Where the actual stands between baseline and target, 0–100.' }) progress!: number;
  @Field(() => KpiTargetSourceDto, { nullable: true, description: 'Set while the target is a figure of the plan’s budget (refreshed when the budget is locked); typing a target clears it.' })
  targetSource!: KpiTargetSourceDto | null;
}

@ObjectType('ChecklistItem', { description: 'One item of a node’s checklist.' })
export class ChecklistItemDto {
  @Field() text!: string;
  @Field() done!: boolean;
}

@ObjectType('PlanNode')
export class PlanNodeDto {
  @Field(() => ID) id!: string;
  /** Not exposed: the organisation its owner and department are looked up in. */
  orgId!: string;
  @Field(() => ID) planId!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => NodeLevelEnum) level!: Level;
  @Field(() => Int, { description: '0 for a strategy. An activity directly under a project sits at depth 3.' }) depth!: number;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  ownerId!: string | null;
  departmentId!: string | null;
  /** Attached by list reads (joined in their statement), else looked up by ownerId: see lookupField below. */
  @Field(() => MemberDto, { nullable: true }) owner?: MemberDto | null;
  @Field(() => DepartmentDto, { nullable: true }) department?: DepartmentDto | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate!: string | null;
  @Field(() => NodeStatusEnum) status!: NodeStatus;
  @Field(() => Float) weight!: number;
  @Field(() => Float, { description: 'The progress reported for the node itself (typed, or from its KPI).' }) ownProgress!: number;
  @Field(() => Float, { description: 'Roll-up 0–100: the weighted average of the active children, or the node’s own progress when it has none.' })
  progress!: number;
  @Field(() => DimensionEnum) dimension!: Dimension;
  @Field({ description: 'true while the dimension follows the parent’s.' }) dimensionInherited!: boolean;
  @Field(() => KpiDto, { nullable: true }) kpi!: KpiDto | null;
  @Field(() => [ChecklistItemDto], { description: 'Items ticked off one by one; the owner may tick them (setNodeChecklist).' }) checklist!: ChecklistItemDto[];
  @Field(() => RecurrenceEnum, { nullable: true, description: 'How often the work comes round again; null for one-off work.' }) recurrence!: Recurrence | null;
  @Field(() => [ID], { description: 'Nodes of the same plan that must finish first.' }) dependsOn!: string[];
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int, { description: 'Live children, so a client can offer to expand a node it has not loaded below.' }) childCount!: number;
  @Field({ description: 'The due date has passed and the node is neither done nor cancelled.' }) overdue!: boolean;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

lookupField<PlanNodeDto>('PlanNode', 'owner', 'member', (n) => n.ownerId);
lookupField<PlanNodeDto>('PlanNode', 'department', 'department', (n) => n.departmentId);
