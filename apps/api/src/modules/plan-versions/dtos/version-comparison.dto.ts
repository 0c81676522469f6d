import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { KpiDirection, Level, NodeStatus } from '@opsplan/domain';
import { KpiDirectionEnum, NodeLevelEnum, NodeStatusEnum } from '../../plans/dtos/cascade-enums';
import { PlanVersionDto } from './plan-version.dto';

@ObjectType('VersionKpi', { description: 'A KPI as frozen in a version. Figures are decimal strings.' })
export class VersionKpiDto {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => KpiDirectionEnum) direction!: KpiDirection;
  @Field() baseline!: string;
  @Field() target!: string;
}

@ObjectType('VersionNode', { description: 'A plan node as frozen in a version, with its owner’s and department’s names as they were.' })
export class VersionNodeDto {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  @Field(() => NodeLevelEnum) level!: Level;
  @Field() title!: string;
  @Field(() => ID, { nullable: true }) ownerId!: string | null;
  @Field(() => String, { nullable: true }) ownerName!: string | null;
  @Field(() => ID, { nullable: true }) departmentId!: string | null;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate!: string | null;
  @Field({ description: 'Decimal string.' }) weight!: string;
  @Field(() => NodeStatusEnum) status!: NodeStatus;
  @Field(() => VersionKpiDto, { nullable: true }) kpi!: VersionKpiDto | null;
}

@ObjectType('VersionFieldChange')
export class VersionFieldChangeDto {
  @Field({
    description:
      'title, level, parent, owner, department, startDate, dueDate, weight, status, kpiName, kpiUnit, kpiDirection, kpiBaseline, kpiTarget, dimension, recurrence, dependsOn or checklist for nodes; a line’s own field names for budget and headcount lines.',
  })
  field!: string;
  @Field(() => String, { nullable: true, description: 'Ids for parent, owner and department, and for dependsOn ids in order, comma-separated (see beforeLabel); a checklist’s item texts as a JSON array; text, dates and decimal strings otherwise.' })
  before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
  @Field(() => String, { nullable: true, description: 'For owner, department and parent: the name or title the id had in the earlier version; for dependsOn the titles, one per line.' })
  beforeLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'For owner, department, parent and dependsOn: the names or titles in the later version.' })
  afterLabel!: string | null;
}

@ObjectType('VersionNodeChange')
export class VersionNodeChangeDto {
  @Field(() => ID) id!: string;
  @Field({ description: 'The title in the later version.' }) title!: string;
  @Field(() => NodeLevelEnum) level!: Level;
  @Field(() => [VersionFieldChangeDto]) changes!: VersionFieldChangeDto[];
}

@ObjectType('VersionLineChange')
export class VersionLineChangeDto {
  @Field() key!: string;
  @Field(() => [VersionFieldChangeDto]) changes!: VersionFieldChangeDto[];
}

@ObjectType('VersionLinesDiff', { description: 'Budget or headcount lines matched by key; empty while neither version has the section.' })
export class VersionLinesDiffDto {
  @Field(() => [String], { description: 'Each added line as JSON text.' }) added!: string[];
  @Field(() => [String], { description: 'Each removed line as JSON text.' }) removed!: string[];
  @Field(() => [VersionLineChangeDto]) changed!: VersionLineChangeDto[];
}

@ObjectType('VersionDiffSummary')
export class VersionDiffSummaryDto {
  @Field(() => Int) nodesAdded!: number;
  @Field(() => Int) nodesRemoved!: number;
  @Field(() => Int) nodesChanged!: number;
  @Field(() => Int, { description: 'Changed nodes whose KPI (name, unit, direction, baseline or target) changed.' }) targetsChanged!: number;
  @Field(() => Int) budgetLinesAdded!: number;
  @Field(() => Int) budgetLinesRemoved!: number;
  @Field(() => Int) budgetLinesChanged!: number;
  @Field(() => Int) headcountLinesAdded!: number;
  @Field(() => Int) headcountLinesRemoved!: number;
  @Field(() => Int) headcountLinesChanged!: number;
}

@ObjectType('PlanVersionComparison', { description: 'What changed from one version of a plan to another.' })
export class PlanVersionComparisonDto {
  @Field(() => PlanVersionDto) from!: PlanVersionDto;
  @Field(() => PlanVersionDto) to!: PlanVersionDto;
  @Field(() => [VersionNodeDto]) addedNodes!: VersionNodeDto[];
  @Field(() => [VersionNodeDto]) removedNodes!: VersionNodeDto[];
  @Field(() => [VersionNodeChangeDto]) changedNodes!: VersionNodeChangeDto[];
  @Field(() => VersionLinesDiffDto) budget!: VersionLinesDiffDto;
  @Field(() => VersionLinesDiffDto) headcount!: VersionLinesDiffDto;
  @Field(() => VersionDiffSummaryDto) summary!: VersionDiffSummaryDto;
}
