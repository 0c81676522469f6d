import { AuthResolver } from './modules/identity/resolvers/auth.resolver';
import { OrganizationsResolver } from './modules/organizations/resolvers/organizations.resolver';
import { MembersResolver } from './modules/members/resolvers/members.resolver';
import { InvitationsResolver } from './modules/members/resolvers/invitations.resolver';
import { DepartmentManagerResolver } from './modules/members/resolvers/department-manager.resolver';
import { DepartmentsResolver } from './modules/departments/resolvers/departments.resolver';
import { AuditResolver } from './modules/audit/resolvers/audit.resolver';
import { RecentlyDeletedResolver } from './modules/audit/resolvers/recently-deleted.resolver';
import { EventsResolver } from './modules/events/events.resolver';
import { PlansResolver } from './modules/plans/resolvers/plans.resolver';
import { PlanNodesResolver } from './modules/plans/resolvers/plan-nodes.resolver';
import { NodeCheckInsResolver } from './modules/plans/resolvers/node-check-ins.resolver';
import { NodeCommentsResolver } from './modules/plans/resolvers/node-comments.resolver';
import { PlanDashboardResolver } from './modules/plans/resolvers/plan-dashboard.resolver';
import { DepartmentOverviewResolver, OwnerWorkloadResolver } from './modules/plans/resolvers/department-overview.resolver';
import { PlanNodeBudgetResolver } from './modules/plans/resolvers/plan-node-budget.resolver';
import { PlanningCyclesResolver } from './modules/planning-cycles/resolvers/planning-cycles.resolver';
import { CycleStagesResolver } from './modules/planning-cycles/resolvers/cycle-stages.resolver';
import { NotificationsResolver } from './modules/planning-cycles/resolvers/notifications.resolver';
import { PlanVersionsResolver } from './modules/plan-versions/resolvers/plan-versions.resolver';
import { ResponsibilityLettersResolver } from './modules/plan-versions/resolvers/responsibility-letters.resolver';
import { BudgetsResolver } from './modules/budgets/resolvers/budgets.resolver';
import { PlanTemplatesResolver } from './modules/templates/resolvers/plan-templates.resolver';

/**
 * Every resolver class, for building the schema without starting the app or a
 * database (tools/generate-schema). A test fails when one is missing here.
 */
export const RESOLVERS = [
  AuthResolver,
  OrganizationsResolver,
  MembersResolver,
  InvitationsResolver,
  DepartmentManagerResolver,
  DepartmentsResolver,
  AuditResolver,
  RecentlyDeletedResolver,
  EventsResolver,
  PlansResolver,
  PlanNodesResolver,
  NodeCheckInsResolver,
  NodeCommentsResolver,
  PlanDashboardResolver,
  DepartmentOverviewResolver,
  OwnerWorkloadResolver,
  PlanNodeBudgetResolver,
  PlanVersionsResolver,
  ResponsibilityLettersResolver,
  PlanningCyclesResolver,
  CycleStagesResolver,
  NotificationsResolver,
  BudgetsResolver,
  PlanTemplatesResolver,
];
