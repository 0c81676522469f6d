import { Module } from '@nestjs/common';
import { BudgetsModule } from '../budgets/budgets.module';
import { PlanningCyclesService } from './services/planning-cycles.service';
import { StageWorkflowService } from './services/stage-workflow.service';
import { NotificationsService } from './services/notifications.service';
import { OverdueRemindersService } from './services/overdue-reminders.service';
import { PlanningCyclesResolver } from './resolvers/planning-cycles.resolver';
import { CycleStagesResolver } from './resolvers/cycle-stages.resolver';
import { NotificationsResolver } from './resolvers/notifications.resolver';

/**
 * The annual planning cycle: cycles and their stages, the stage workflow
 * with deliverables and attachments, in-app notifications and the daily
 * overdue reminders. The versions module may provide PLAN_SNAPSHOT (see
 * plan-snapshot.port.ts) to record the plan when the overall plan is approved;
 * approving the financial budget locks the plan's budget (BudgetsModule).
 */
@Module({
  imports: [BudgetsModule],
  providers: [
    PlanningCyclesService,
    StageWorkflowService,
    NotificationsService,
    OverdueRemindersService,
    PlanningCyclesResolver,
    CycleStagesResolver,
    NotificationsResolver,
  ],
  exports: [NotificationsService, OverdueRemindersService],
})
export class PlanningCyclesModule {}
