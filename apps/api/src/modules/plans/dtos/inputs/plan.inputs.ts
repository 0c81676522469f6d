import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsString, Max, Min } from 'class-validator';
import { NAME_MAX_LENGTH, PLAN_STATUSES, PLAN_YEAR_MAX, PLAN_YEAR_MIN, PlanStatus } from '@opsplan/domain';
import { PlainText, TextLength, Trim } from '../../../../common/graphql/validation';
import { PlanStatusEnum } from '../cascade-enums';
import { IsId } from './node-validation.util';

@InputType()
export class CreatePlanInput {
  @Field(() => Int) @IsInt() @Min(PLAN_YEAR_MIN) @Max(PLAN_YEAR_MAX) year!: number;
  @Field() @Trim() @IsString() @TextLength(1, NAME_MAX_LENGTH) @PlainText() name!: string;
}

@InputType()
export class UpdatePlanStatusInput {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => PlanStatusEnum) @IsIn(PLAN_STATUSES) status!: PlanStatus;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}
