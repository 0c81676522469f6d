import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PacedNodeDto } from './paced-node.dto';
import { PlanNodeDto } from './plan-node.dto';

@ObjectType('OwnerWorkload', { description: 'One owner’s share of a department’s nodes in a plan (cancelled nodes left out).' })
export class OwnerWorkloadDto {
  /** Not exposed: the organisation the owner is looked up in. */
  orgId!: string;
  /** Resolved by a field resolver (batched); null for nodes nobody owns. */
  ownerId!: string | null;
  @Field(() => Int, { description: 'Neither done nor cancelled.' }) open!: number;
  @Field(() => Int, { description: 'Open and past the due date.' }) overdue!: number;
  @Field(() => Int, { description: 'Open and at risk or off track.' }) atRisk!: number;
  @Field(() => Int) done!: number;
}

@ObjectType('DepartmentOverview', { description: 'A department’s part of a plan: its projects against the calendar, what is at risk, and who carries the work.' })
export class DepartmentOverviewDto {
  /** Not exposed: the organisation the department is looked up in. */
  orgId!: string;
  /** Resolved by a field resolver (batched). */
  departmentId!: string;
  @Field({ description: 'The day the figures are for (YYYY-MM-DD).' }) today!: string;
  @Field(() => [PacedNodeDto], { description: 'The department’s live projects, by due date.' }) projects!: PacedNodeDto[];
  @Field(() => [PlanNodeDto], {
    description: 'Live nodes of the department (any level), neither done nor cancelled, that are at risk, off track or overdue: overdue first, then off track, then by due date. At most 100.',
  })
  atRisk!: PlanNodeDto[];
  @Field(() => Int, { description: 'How many nodes are at risk in all, when atRisk is cut short.' }) atRiskTotal!: number;
  @Field(() => [OwnerWorkloadDto], { description: 'Per owner of the department’s nodes, most open work first; owner null for unowned nodes.' })
  workload!: OwnerWorkloadDto[];
}
