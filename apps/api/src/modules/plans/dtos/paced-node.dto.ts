import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { Health } from '@opsplan/domain';
import { HealthEnum } from './cascade-enums';
import { PlanNodeDto } from './plan-node.dto';

@ObjectType('PacedNode', { description: 'A node with its progress measured against the calendar.' })
export class PacedNodeDto {
  @Field(() => PlanNodeDto) node!: PlanNodeDto;
  @Field(() => Float, { nullable: true, description: 'Share (0–100) of the days from start to due date that have passed; null without both dates.' })
  timeElapsed!: number | null;
  @Field(() => HealthEnum) health!: Health;
}
