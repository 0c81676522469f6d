import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, RequestContext, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { IdArg } from '../../../common/graphql/id-arg';
import { BudgetDto, BudgetToDateDto, SaveBudgetLinesResultDto } from '../dtos/budget.dto';
import { CreateBudgetInput, UpdateBudgetInput } from '../dtos/inputs/budget.inputs';
import { SaveBudgetLinesInput, SetBudgetActualsInput } from '../dtos/inputs/budget-lines.inputs';
import { BudgetsService } from '../services/budgets.service';
import { BudgetLinesService } from '../services/budget-lines.service';

/**
 * Budgets. The guard lets in every role that holds budget.read (staff do
 * not); what each caller may then see and change is budgetAccess()
 * (libs/domain/src/budget/access.ts), decided in the service.
 */
@Resolver(() => BudgetDto)
@RequirePermission('budget.read')
export class BudgetsResolver {
  constructor(
    private readonly budgets: BudgetsService,
    private readonly lines: BudgetLinesService,
  ) {}

  @Query(() => BudgetDto, { nullable: true, description: 'The plan’s budget as the caller may see it; null when the plan has none.' })
  budget(@IdArg('planId') planId: string, @CurrentCaller() caller: MemberCaller): Promise<BudgetDto | null> {
    return this.budgets.forPlan(caller, planId);
  }

  @Query(() => BudgetToDateDto, { nullable: true, description: 'Year-to-date actual against the responsibility and stretch targets (roles that read the whole budget); null when the plan has no budget.' })
  budgetToDate(@IdArg('planId') planId: string, @CurrentCaller() caller: MemberCaller): Promise<BudgetToDateDto | null> {
    return this.budgets.toDate(caller, planId);
  }

  @Mutation(() => BudgetDto, { description: 'Finance and admins: an empty budget for a plan (one live budget per plan).' })
  createBudget(@Args('input') input: CreateBudgetInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<BudgetDto> {
    return this.budgets.create(caller, input, ctx.requestId);
  }

  @Mutation(() => BudgetDto, { description: 'The name, horizon, financing and global stretch multipliers.' })
  updateBudget(@Args('input') input: UpdateBudgetInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<BudgetDto> {
    return this.budgets.update(caller, input, ctx.requestId);
  }

  @Mutation(() => SaveBudgetLinesResultDto, { description: 'Creates, replaces and deletes lines in one transaction; the whole resulting budget is validated.' })
  saveBudgetLines(@Args('input') input: SaveBudgetLinesInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<SaveBudgetLinesResultDto> {
    return this.lines.saveLines(caller, input, ctx.requestId);
  }

  @Mutation(() => BudgetDto, { description: 'Brings back the lines one save (or import) deleted.' })
  restoreBudgetLines(@IdArg('budgetId') budgetId: string, @IdArg('batchId') batchId: string, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<BudgetDto> {
    return this.lines.restoreLines(caller, budgetId, batchId, ctx.requestId);
  }

  @Mutation(() => BudgetDto, { description: 'Finance and admins: monthly actuals per line (allowed while locked).' })
  setBudgetActuals(@Args('input') input: SetBudgetActualsInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<BudgetDto> {
    return this.lines.setActuals(caller, input, ctx.requestId);
  }

  @Mutation(() => BudgetDto, { description: 'Executives and admins: locks the scenario set for approval; drivers and positions refuse edits until unlocked.' })
  lockBudget(@IdArg('id') id: string, @Args('version', { type: () => Int }) version: number, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<BudgetDto> {
    return this.budgets.setLocked(caller, id, version, true, ctx.requestId);
  }

  @Mutation(() => BudgetDto)
  unlockBudget(@IdArg('id') id: string, @Args('version', { type: () => Int }) version: number, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<BudgetDto> {
    return this.budgets.setLocked(caller, id, version, false, ctx.requestId);
  }
}
