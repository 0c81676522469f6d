import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { CHECK_IN_NOTE_MAX_LENGTH, COMMENT_MAX_LENGTH, CONFIDENCE_MAX, CONFIDENCE_MIN, NodeStatus } from '@opsplan/domain';
import { MultilineText, TextLength, Trim } from '../../../../common/graphql/validation';
import { NodeStatusEnum } from '../cascade-enums';
import { IsId, IsDecimal, IsNodeStatus, IsPercent, WhenGiven } from './node-validation.util';

/** An owner's report: progress for a node without a KPI, the KPI actual for one with. */
@InputType()
export class UpdateProgressInput {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => Float, { nullable: true, description: '0–100, for a node without a KPI.' }) @WhenGiven() @IsPercent() progress?: number | null;
  @Field(() => String, { nullable: true, description: 'The KPI’s actual, for a node with a KPI.' }) @WhenGiven() @IsDecimal() kpiActual?: string | null;
  @Field(() => NodeStatusEnum, { nullable: true }) @WhenGiven() @IsNodeStatus() status?: NodeStatus | null;
}

@InputType()
export class AddCheckInInput {
  @Field(() => ID) @IsId() nodeId!: string;
  @Field(() => Int, { description: 'The node’s version: a check-in sets its progress.' }) @IsInt() @Min(1) version!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Left out, the progress stays as it is (a parent’s rolls up from its children); the check-in records where the node then stands.',
  })
  @WhenGiven()
  @IsPercent()
  progress?: number | null;
  @Field(() => String, { nullable: true, description: 'For a node with a KPI instead of progress; may be left out too.' }) @WhenGiven() @IsDecimal() kpiActual?: string | null;
  @Field(() => Int) @IsInt() @Min(CONFIDENCE_MIN) @Max(CONFIDENCE_MAX) confidence!: number;
  @Field(() => String, { nullable: true }) @WhenGiven() @Trim() @IsString() @TextLength(0, CHECK_IN_NOTE_MAX_LENGTH) @MultilineText() note?: string | null;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID) @IsId() nodeId!: string;
  @Field() @Trim() @IsString() @TextLength(1, COMMENT_MAX_LENGTH) @MultilineText() body!: string;
}
