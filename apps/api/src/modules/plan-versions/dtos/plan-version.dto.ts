import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { UserDto } from '../../identity/dtos/user.dto';
import { PlanVersionSource, PlanVersionSourceEnum } from './plan-version-enums';

@ObjectType('PlanVersion', { description: 'An immutable snapshot of a plan’s cascade (and, later, its budget and headcount), taken on approval or by hand.' })
export class PlanVersionDto {
  @Field(() => ID) id!: string;
  @Field(() => ID) planId!: string;
  @Field(() => Int, { description: '1, 2, … within the plan.' }) number!: number;
  @Field() label!: string;
  @Field(() => PlanVersionSourceEnum) source!: PlanVersionSource;
  @Field(() => UserDto, { nullable: true }) createdBy!: UserDto | null;
  @Field() createdAt!: Date;
  @Field(() => Int, { description: 'The snapshot’s format; 1 has nodes, and budget and headcount sections that may be empty.' }) format!: number;
  @Field(() => Int) nodeCount!: number;
  @Field(() => Int) objectiveCount!: number;
  @Field(() => Int) projectCount!: number;
  @Field(() => Int) letterCount!: number;
  @Field({ description: 'Whether the version carries budget scenarios (not before the budget work).' }) hasBudget!: boolean;
  @Field({ description: 'Whether the version carries a headcount plan.' }) hasHeadcount!: boolean;
}
