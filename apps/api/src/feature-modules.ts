import { AuditModule } from './modules/audit/audit.module';
import { DepartmentsModule } from './modules/departments/departments.module';
import { EventsModule } from './modules/events/events.module';
import { MembersModule } from './modules/members/members.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { PlansModule } from './modules/plans/plans.module';
import { PlanningCyclesModule } from './modules/planning-cycles/planning-cycles.module';
import { PlanVersionsModule } from './modules/plan-versions/plan-versions.module';
import { BudgetsModule } from './modules/budgets/budgets.module';
import { TemplatesModule } from './modules/templates/templates.module';

/** The product's feature modules. A new module is added here (see DEVELOPMENT.md). */
export const FEATURE_MODULES = [AuditModule, EventsModule, OrganizationsModule, DepartmentsModule, MembersModule, PlansModule, PlanVersionsModule, PlanningCyclesModule, BudgetsModule, TemplatesModule];
