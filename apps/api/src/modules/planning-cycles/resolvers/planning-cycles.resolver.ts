import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, RequestContext, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { IdArg } from '../../../common/graphql/id-arg';
import { Lookups } from '../../../common/graphql/lookups';
import { MemberDto } from '../../members/dtos/member.dto';
import { PlanningCyclesService } from '../services/planning-cycles.service';
import { PlanningCycleDto } from '../dtos/planning-cycle.dto';
import { CycleStageDto } from '../dtos/cycle-stage.dto';
import {
  AddCycleStageInput,
  CreatePlanningCycleInput,
  ReorderCycleStagesInput,
  StageVersionInput,
  UpdateCycleStageInput,
  UpdatePlanningCycleInput,
} from '../dtos/inputs/cycle.inputs';

@Resolver(() => PlanningCycleDto)
@RequirePermission('cycles.read')
export class PlanningCyclesResolver {
  constructor(
    private readonly cycles: PlanningCyclesService,
    private readonly lookups: Lookups,
  ) {}

  @Query(() => [PlanningCycleDto], { description: 'The organisation’s planning cycles, newest plan year first.' })
  planningCycles(@CurrentCaller() caller: MemberCaller): Promise<PlanningCycleDto[]> {
    return this.cycles.list(caller);
  }

  @Query(() => PlanningCycleDto)
  planningCycle(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller): Promise<PlanningCycleDto> {
    return this.cycles.get(caller, id);
  }

  @ResolveField(() => [MemberDto], { description: 'The planning group’s other members (memberIds), batched.' })
  async members(@Parent() cycle: PlanningCycleDto, @Context() ctx: GqlContext): Promise<MemberDto[]> {
    if (cycle.memberIds.length === 0 || !ctx.caller) return [];
    const found = await this.lookups.loader<MemberDto>(ctx, 'member', { orgId: cycle.orgId, userId: ctx.caller.userId }).loadMany(cycle.memberIds);
    return found.filter((m): m is MemberDto => m !== null && !(m instanceof Error));
  }

  @RequirePermission('cycles.manage')
  @Mutation(() => PlanningCycleDto, { description: 'Lays out the eight default stages for the plan’s year, with owners, dates, dependencies and deliverables.' })
  createPlanningCycle(@Args('input') input: CreatePlanningCycleInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanningCycleDto> {
    return this.cycles.create(caller, input, ctx.requestId);
  }

  @RequirePermission('cycles.manage')
  @Mutation(() => PlanningCycleDto, { description: 'The name, the planning group (leader, deputy, members) and the retrospective.' })
  updatePlanningCycle(@Args('input') input: UpdatePlanningCycleInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanningCycleDto> {
    return this.cycles.update(caller, input, ctx.requestId);
  }

  @RequirePermission('cycles.manage')
  @Mutation(() => CycleStageDto, { description: 'Adds a stage at the end of the cycle.' })
  addCycleStage(@Args('input') input: AddCycleStageInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<CycleStageDto> {
    return this.cycles.addStage(caller, input, ctx.requestId);
  }

  @RequirePermission('cycles.manage')
  @Mutation(() => CycleStageDto, { description: 'Renames, re-owns, re-dates or re-links a stage; dependencies stay acyclic and no stage is due before one it depends on.' })
  updateCycleStage(@Args('input') input: UpdateCycleStageInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<CycleStageDto> {
    return this.cycles.updateStage(caller, input, ctx.requestId);
  }

  @RequirePermission('cycles.manage')
  @Mutation(() => CycleStageDto, { description: 'Deletes a stage nothing depends on; restoreCycleStage undoes it.' })
  deleteCycleStage(@Args('input') input: StageVersionInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<CycleStageDto> {
    return this.cycles.removeStage(caller, input, ctx.requestId);
  }

  @RequirePermission('cycles.manage')
  @Mutation(() => CycleStageDto)
  restoreCycleStage(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<CycleStageDto> {
    return this.cycles.restoreStage(caller, id, ctx.requestId);
  }

  @RequirePermission('cycles.manage')
  @Mutation(() => PlanningCycleDto)
  reorderCycleStages(@Args('input') input: ReorderCycleStagesInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanningCycleDto> {
    return this.cycles.reorder(caller, input, ctx.requestId);
  }
}
