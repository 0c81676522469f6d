import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, Min, ValidateNested } from 'class-validator';
import { CHECKLIST_MAX_ITEMS, Dimension, Level, NodeStatus, Recurrence } from '@opsplan/domain';
import { DimensionEnum, NodeLevelEnum, NodeStatusEnum, RecurrenceEnum } from '../cascade-enums';
import { KpiInput } from './kpi.input';
import {
  IsChecklistText,
  IsDependencies,
  IsDimension,
  IsId,
  IsLevel,
  IsNodeDescription,
  IsNodeStatus,
  IsNodeTitle,
  IsPlanDate,
  IsRecurrence,
  IsWeight,
  WhenGiven,
} from './node-validation.util';

@InputType()
export class ChecklistItemInput {
  @Field() @IsChecklistText() text!: string;
  @Field() @IsBoolean() done!: boolean;
}

/** A whole checklist: at most CHECKLIST_MAX_ITEMS items, each checked. */
const IsChecklist = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(CHECKLIST_MAX_ITEMS, { message: ({ property }) => `${property} may hold at most ${CHECKLIST_MAX_ITEMS} items` }),
    ValidateNested({ each: true }),
    Type(() => ChecklistItemInput),
  );

@InputType()
export class CreateNodeInput {
  @Field(() => ID) @IsId() planId!: string;
  @Field(() => ID, { nullable: true, description: 'Required for every level but strategy.' }) @WhenGiven() @IsId() parentId?: string | null;
  @Field(() => NodeLevelEnum) @IsLevel() level!: Level;
  @Field() @IsNodeTitle() title!: string;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsNodeDescription() description?: string | null;
  @Field(() => ID, { nullable: true, description: 'Membership id of the owner.' }) @WhenGiven() @IsId() ownerId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Inherited from the parent when absent.' }) @WhenGiven() @IsId() departmentId?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsPlanDate() startDate?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsPlanDate() dueDate?: string | null;
  @Field(() => NodeStatusEnum, { nullable: true }) @WhenGiven() @IsNodeStatus() status?: NodeStatus | null;
  @Field(() => Float, { nullable: true, description: 'Relative weight among siblings, 0–1000; 1 when absent.' }) @WhenGiven() @IsWeight() weight?: number | null;
  @Field(() => DimensionEnum, { nullable: true, description: 'Inherited from the parent when absent.' }) @WhenGiven() @IsDimension() dimension?: Dimension | null;
  @Field(() => KpiInput, { nullable: true }) @WhenGiven() @ValidateNested() @Type(() => KpiInput) kpi?: KpiInput | null;
  @Field(() => [ChecklistItemInput], { nullable: true, description: 'At most 100 items; empty when absent.' }) @WhenGiven() @IsChecklist() checklist?: ChecklistItemInput[] | null;
  @Field(() => RecurrenceEnum, { nullable: true, description: 'null or absent: one-off work.' }) @WhenGiven() @IsRecurrence() recurrence?: Recurrence | null;
  @Field(() => [ID], { nullable: true, description: 'Live nodes of the same plan that must finish first (at most 20, no cycle).' }) @WhenGiven() @IsDependencies() dependsOn?: string[] | null;
}

/** Absent fields stay as they are; null clears the ones that may be empty. */
@InputType()
export class UpdateNodeInput {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsNodeTitle() title?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsNodeDescription() description?: string | null;
  @Field(() => ID, { nullable: true }) @WhenGiven() @IsId() ownerId?: string | null;
  @Field(() => ID, { nullable: true }) @WhenGiven() @IsId() departmentId?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsPlanDate() startDate?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsPlanDate() dueDate?: string | null;
  @Field(() => NodeStatusEnum, { nullable: true }) @WhenGiven() @IsNodeStatus() status?: NodeStatus | null;
  @Field(() => Float, { nullable: true }) @WhenGiven() @IsWeight() weight?: number | null;
  @Field(() => DimensionEnum, { nullable: true, description: 'null: follow the parent’s dimension again.' }) @WhenGiven() @IsDimension() dimension?: Dimension | null;
  @Field(() => KpiInput, { nullable: true, description: 'null removes the KPI.' }) @WhenGiven() @ValidateNested() @Type(() => KpiInput) kpi?: KpiInput | null;
  @Field(() => [ChecklistItemInput], { nullable: true, description: 'The whole checklist; null empties it.' }) @WhenGiven() @IsChecklist() checklist?: ChecklistItemInput[] | null;
  @Field(() => RecurrenceEnum, { nullable: true, description: 'null: one-off work.' }) @WhenGiven() @IsRecurrence() recurrence?: Recurrence | null;
  @Field(() => [ID], { nullable: true, description: 'The whole list of nodes that must finish first; null empties it.' }) @WhenGiven() @IsDependencies() dependsOn?: string[] | null;
}

/** An owner ticking items off (or anyone who may edit the node rewriting the list). */
@InputType()
export class SetNodeChecklistInput {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => [ChecklistItemInput], { description: 'The whole checklist, at most 100 items.' }) @IsChecklist() checklist!: ChecklistItemInput[];
}

@InputType()
export class MoveNodeInput {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => ID, { description: 'The new parent, in the same plan, one level up (a project also takes activities).' }) @IsId() parentId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => Int, { nullable: true, description: 'Position among the new siblings; last when absent.' }) @WhenGiven() @IsInt() @Min(0) sortOrder?: number | null;
}

@InputType()
export class DeleteNodeInput {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}
