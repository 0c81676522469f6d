import { AuthResolver } from './modules/identity/resolvers/auth.resolver';
import { OrganizationsResolver } from './modules/organizations/resolvers/organizations.resolver';
import { MembersResolver } from './modules/members/resolvers/members.resolver';
import { InvitationsResolver } from './modules/members/resolvers/invitations.resolver';
import { DepartmentManagerResolver } from './modules/members/resolvers/department-manager.resolver';
import { DepartmentsResolver } from './modules/departments/resolvers/departments.resolver';
import { AuditResolver } from './modules/audit/resolvers/audit.resolver';
import { EventsResolver } from './modules/events/events.resolver';
import { PlansResolver } from './modules/plans/resolvers/plans.resolver';
import { PlanNodesResolver } from './modules/plans/resolvers/plan-nodes.resolver';
import { NodeCheckInsResolver } from './modules/plans/resolvers/node-check-ins.resolver';
import { NodeCommentsResolver } from './modules/plans/resolvers/node-comments.resolver';

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
  EventsResolver,
  PlansResolver,
  PlanNodesResolver,
  NodeCheckInsResolver,
  NodeCommentsResolver,
];
