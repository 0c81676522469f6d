import { UserEntity } from '../modules/identity/user.entity';
import { SessionFamilyEntity } from '../modules/identity/session-family.entity';
import { RefreshTokenEntity } from '../modules/identity/refresh-token.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { MembershipEntity } from '../modules/members/membership.entity';
import { InvitationEntity } from '../modules/members/invitation.entity';
import { DepartmentEntity } from '../modules/departments/department.entity';
import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { PlanEntity } from '../modules/plans/entities/plan.entity';
import { PlanNodeEntity } from '../modules/plans/entities/plan-node.entity';
import { NodeCheckInEntity } from '../modules/plans/entities/node-check-in.entity';
import { NodeCommentEntity } from '../modules/plans/entities/node-comment.entity';
import { PlanProgressSnapshotEntity } from '../modules/plans/entities/plan-progress-snapshot.entity';
import { PlanVersionEntity } from '../modules/plan-versions/entities/plan-version.entity';
import { ResponsibilityLetterEntity } from '../modules/plan-versions/entities/responsibility-letter.entity';
import { PlanningCycleEntity } from '../modules/planning-cycles/entities/planning-cycle.entity';
import { CycleStageEntity } from '../modules/planning-cycles/entities/cycle-stage.entity';
import { StageEventEntity } from '../modules/planning-cycles/entities/stage-event.entity';
import { StageDeliverableEntity } from '../modules/planning-cycles/entities/stage-deliverable.entity';
import { StageAttachmentEntity } from '../modules/planning-cycles/entities/stage-attachment.entity';
import { NotificationEntity } from '../modules/planning-cycles/entities/notification.entity';
import { ScheduledJobRunEntity } from '../modules/planning-cycles/entities/scheduled-job-run.entity';
import { BudgetEntity } from '../modules/budgets/entities/budget.entity';
import { BudgetRevenueLineEntity } from '../modules/budgets/entities/budget-revenue-line.entity';
import { BudgetCostLineEntity } from '../modules/budgets/entities/budget-cost-line.entity';
import { BudgetPositionEntity } from '../modules/budgets/entities/budget-position.entity';
import { BudgetLoanEntity } from '../modules/budgets/entities/budget-loan.entity';
import { BudgetActualEntity } from '../modules/budgets/entities/budget-actual.entity';
import { PlanTemplateEntity } from '../modules/templates/entities/plan-template.entity';

/** Every entity of the schema; the migration drift check compares these with the migrations. */
export const ENTITIES = [
  UserEntity,
  SessionFamilyEntity,
  RefreshTokenEntity,
  OrganizationEntity,
  MembershipEntity,
  InvitationEntity,
  DepartmentEntity,
  AuditLogEntity,
  PlanEntity,
  PlanNodeEntity,
  NodeCheckInEntity,
  NodeCommentEntity,
  PlanProgressSnapshotEntity,
  PlanVersionEntity,
  ResponsibilityLetterEntity,
  PlanningCycleEntity,
  CycleStageEntity,
  StageEventEntity,
  StageDeliverableEntity,
  StageAttachmentEntity,
  NotificationEntity,
  ScheduledJobRunEntity,
  BudgetEntity,
  BudgetRevenueLineEntity,
  BudgetCostLineEntity,
  BudgetPositionEntity,
  BudgetLoanEntity,
  BudgetActualEntity,
  PlanTemplateEntity,
];
