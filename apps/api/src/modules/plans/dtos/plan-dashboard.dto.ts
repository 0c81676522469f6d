import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { Health, NodeStatus } from '@opsplan/domain';
import { HealthEnum, NodeStatusEnum } from './cascade-enums';
import { OperationsIndexDto } from './operations-index.dto';
import { PacedNodeDto } from './paced-node.dto';
import { PlanDto } from './plan.dto';

@ObjectType('StatusCount')
export class StatusCountDto {
  @Field(() => NodeStatusEnum) status!: NodeStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('ProgressPoint', { description: 'The plan’s overall progress as it stood at the end of a day (or now, for today).' })
export class ProgressPointDto {
  @Field({ description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => Float) progress!: number;
}

@ObjectType('CheckInWeek', { description: 'Check-ins on the plan’s nodes in one week (Monday to Sunday).' })
export class CheckInWeekDto {
  @Field({ description: 'The Monday, YYYY-MM-DD.' }) week!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float, { nullable: true, description: 'Average confidence (1–5); null in a week without check-ins.' }) averageConfidence!: number | null;
}

@ObjectType('PlanDashboard', { description: 'Leadership’s view of a plan: where it stands, against the calendar, and how it got there.' })
export class PlanDashboardDto {
  @Field(() => PlanDto) plan!: PlanDto;
  @Field({ description: 'The day the figures are for (YYYY-MM-DD).' }) today!: string;
  @Field(() => Float, { description: 'Overall progress 0–100.' }) progress!: number;
  @Field(() => OperationsIndexDto) operationsIndex!: OperationsIndexDto;
  @Field({ description: 'First day of the plan year, from the organisation’s fiscal-year start.' }) yearStart!: string;
  @Field({ description: 'Last day of the plan year.' }) yearEnd!: string;
  @Field(() => Float, { nullable: true, description: 'Share (0–100) of the plan year that has passed.' }) timeElapsed!: number | null;
  @Field(() => HealthEnum) health!: Health;
  @Field(() => [PacedNodeDto], { description: 'The plan’s live objectives, in outline order.' }) objectives!: PacedNodeDto[];
  @Field(() => [StatusCountDto], { description: 'Live nodes of the whole plan by status, every status listed.' }) statusCounts!: StatusCountDto[];
  @Field(() => Int, { description: 'Live nodes past their due date and neither done nor cancelled.' }) overdueCount!: number;
  @Field(() => [ProgressPointDto], { description: 'Daily overall progress, oldest first, today last.' }) trend!: ProgressPointDto[];
  @Field(() => [CheckInWeekDto], { description: 'The last 12 weeks, oldest first, this week last; weeks without check-ins included.' })
  checkInActivity!: CheckInWeekDto[];
}
