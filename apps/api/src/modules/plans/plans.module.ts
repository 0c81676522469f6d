import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { DepartmentsModule } from '../departments/departments.module';
import { PlansService } from './services/plans.service';
import { PlanTreeService } from './services/plan-tree.service';
import { PlanNodesService } from './services/plan-nodes.service';
import { NodeReportsService } from './services/node-reports.service';
import { NodeCommentsService } from './services/node-comments.service';
import { PlansResolver } from './resolvers/plans.resolver';
import { PlanNodesResolver } from './resolvers/plan-nodes.resolver';
import { NodeCheckInsResolver } from './resolvers/node-check-ins.resolver';
import { NodeCommentsResolver } from './resolvers/node-comments.resolver';

/** The plan cascade: annual plans, their tree of nodes with roll-ups, check-ins and comments. */
@Module({
  imports: [MembersModule, DepartmentsModule],
  providers: [
    PlansService,
    PlanTreeService,
    PlanNodesService,
    NodeReportsService,
    NodeCommentsService,
    PlansResolver,
    PlanNodesResolver,
    NodeCheckInsResolver,
    NodeCommentsResolver,
  ],
})
export class PlansModule {}
