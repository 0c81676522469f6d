import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { BudgetExcelController } from './controllers/budget-excel.controller';
import { BudgetsService } from './services/budgets.service';
import { BudgetLinesService } from './services/budget-lines.service';
import { BudgetsResolver } from './resolvers/budgets.resolver';

/** A plan's driver-based budget: drivers, headcount, actuals, who may see which of them, and its Excel export and import. */
@Module({
  imports: [IdentityModule],
  controllers: [BudgetExcelController],
  providers: [BudgetsService, BudgetLinesService, BudgetsResolver],
  exports: [BudgetsService, BudgetLinesService],
})
export class BudgetsModule {}
