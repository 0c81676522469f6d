import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, RequestContext, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { IdArg } from '../../../common/graphql/id-arg';
import { requestLoader } from '../../../common/graphql/request-loader';
import { StageWorkflowService } from '../services/stage-workflow.service';
import { CycleStageDto, StageAttachmentContentDto, StageAttachmentDto, StageDeliverableDto, StageEventDto } from '../dtos/cycle-stage.dto';
import { AddAttachmentInput, ReturnCycleStageInput, StageVersionInput, UpdateDeliverableInput } from '../dtos/inputs/cycle.inputs';

/**
 * A stage's work and decisions. Every member may call these; who may do what
 * to which stage is decideStageAction's call (the responsible member, the
 * planning group's leaders, executives and admins).
 */
@Resolver(() => CycleStageDto)
@RequirePermission('cycles.read')
export class CycleStagesResolver {
  constructor(private readonly workflow: StageWorkflowService) {}

  @Query(() => CycleStageDto)
  cycleStage(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller): Promise<CycleStageDto> {
    return this.workflow.get(caller, id);
  }

  @Query(() => StageAttachmentContentDto, { description: 'An attachment with its bytes (base64).' })
  attachmentContent(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller): Promise<StageAttachmentContentDto> {
    return this.workflow.attachmentContent(caller, id);
  }

  @ResolveField(() => [StageDeliverableDto], { description: 'Batched over the stages of a response.' })
  deliverables(@Parent() stage: CycleStageDto, @Context() ctx: GqlContext): Promise<StageDeliverableDto[] | null> {
    const caller = ctx.caller as MemberCaller;
    return requestLoader<string, StageDeliverableDto[]>(ctx, 'stageDeliverables', (ids) => this.workflow.deliverables(caller, ids)).load(stage.id);
  }

  @ResolveField(() => [StageEventDto], { description: 'Status changes, oldest first. Batched over the stages of a response.' })
  history(@Parent() stage: CycleStageDto, @Context() ctx: GqlContext): Promise<StageEventDto[] | null> {
    const caller = ctx.caller as MemberCaller;
    return requestLoader<string, StageEventDto[]>(ctx, 'stageHistory', (ids) => this.workflow.history(caller, ids)).load(stage.id);
  }

  @Mutation(() => CycleStageDto, { description: 'Submits the stage for approval; every stage it depends on must be approved.' })
  submitCycleStage(@Args('input') input: StageVersionInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<CycleStageDto> {
    return this.workflow.submit(caller, input, ctx.requestId);
  }

  @Mutation(() => CycleStageDto, { description: 'Approves a submitted stage (not one’s own submission). Approving the overall plan approves the plan.' })
  approveCycleStage(@Args('input') input: StageVersionInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<CycleStageDto> {
    return this.workflow.approve(caller, input, ctx.requestId);
  }

  @Mutation(() => CycleStageDto, { description: 'Sends a submitted stage back to work, with the reason.' })
  returnCycleStage(@Args('input') input: ReturnCycleStageInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<CycleStageDto> {
    return this.workflow.returnStage(caller, input, ctx.requestId);
  }

  @Mutation(() => StageDeliverableDto, { description: 'Saves a deliverable’s text; starts the stage if it had not started.' })
  updateDeliverable(@Args('input') input: UpdateDeliverableInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<StageDeliverableDto> {
    return this.workflow.updateDeliverable(caller, input, ctx.requestId);
  }

  @Mutation(() => StageAttachmentDto, { description: 'Attaches a file (at most 180 KB) to a deliverable.' })
  addAttachment(@Args('input') input: AddAttachmentInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<StageAttachmentDto> {
    return this.workflow.addAttachment(caller, input, ctx.requestId);
  }

  @Mutation(() => StageAttachmentDto)
  removeAttachment(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<StageAttachmentDto> {
    return this.workflow.removeAttachment(caller, id, ctx.requestId);
  }
}
