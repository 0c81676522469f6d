import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { DepartmentsModule } from '../departments/departments.module';
import { BudgetsModule } from '../budgets/budgets.module';
import { PlansService } from './services/plans.service';
import { PlanTreeService } from './services/plan-tree.service';
import { PlanNodesService } from './services/plan-nodes.service';
import { NodeReportsService } from './services/node-reports.service';
import { NodeCommentsService } from './services/node-comments.service';
import { PlanDashboardService } from './services/plan-dashboard.service';
import { DepartmentOverviewService } from './services/department-overview.service';
import { KpiBudgetLinksService } from './services/kpi-budget-links.service';
import { PlansResolver } from './resolvers/plans.resolver';
import { PlanNodesResolver } from './resolvers/plan-nodes.resolver';
import { NodeCheckInsResolver } from './resolvers/node-check-ins.resolver';
import { NodeCommentsResolver } from './resolvers/node-comments.resolver';
import { PlanDashboardResolver } from './resolvers/plan-dashboard.resolver';
import { DepartmentOverviewResolver, OwnerWorkloadResolver } from './resolvers/department-overview.resolver';
import { PlanNodeBudgetResolver } from './resolvers/plan-node-budget.resolver';

/** The plan cascade: annual plans, their tree of nodes with roll-ups, check-ins and comments, the dashboards that read them, and the nodes' links to the budget. */
@Module({
  imports: [MembersModule, DepartmentsModule, BudgetsModule],
  providers: [
    PlansService,
    PlanTreeService,
    PlanNodesService,
    NodeReportsService,
    NodeCommentsService,
    PlanDashboardService,
    DepartmentOverviewService,
    KpiBudgetLinksService,
    PlansResolver,
    PlanNodesResolver,
    NodeCheckInsResolver,
    NodeCommentsResolver,
    PlanDashboardResolver,
    DepartmentOverviewResolver,
    OwnerWorkloadResolver,
    PlanNodeBudgetResolver,
  ],
})
export class PlansModule {}
