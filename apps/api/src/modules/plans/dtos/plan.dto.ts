import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { PlanStatus } from '@opsplan/domain';
import { PlanStatusEnum } from './cascade-enums';

@ObjectType('Plan')
export class PlanDto {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field() name!: string;
  @Field(() => PlanStatusEnum) status!: PlanStatus;
  @Field(() => Float, { description: 'Weighted progress (0–100) of the plan’s strategies, computed when read.' }) progress!: number;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}
