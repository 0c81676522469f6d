import { Args, Info, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentCaller, RequestContext, RequireAnyPermission, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { IdArg, OptionalIdArg } from '../../../common/graphql/id-arg';
import { selectedFieldTree } from '../../../common/graphql/selection';
import { PlanTreeService } from '../services/plan-tree.service';
import { PlanNodesService } from '../services/plan-nodes.service';
import { NodeReportsService } from '../services/node-reports.service';
import { PlanNodeDto } from '../dtos/plan-node.dto';
import { OperationsIndexDto } from '../dtos/operations-index.dto';
import { CreateNodeInput, DeleteNodeInput, MoveNodeInput, SetNodeChecklistInput, UpdateNodeInput } from '../dtos/inputs/node.inputs';
import { UpdateProgressInput } from '../dtos/inputs/report.inputs';

@Resolver(() => PlanNodeDto)
@RequirePermission('plans.read')
export class PlanNodesResolver {
  constructor(
    private readonly tree: PlanTreeService,
    private readonly nodes: PlanNodesService,
    private readonly reports: NodeReportsService,
  ) {}

  @Query(() => [PlanNodeDto], { description: 'The plan’s top levels (3: strategy, objective, project) with roll-ups, flat: build the tree from parentId.' })
  planOutline(
    @IdArg('planId') planId: string,
    @Args('depth', { type: () => Int, defaultValue: 3 }) depth: number,
    @Args('fitWithin', {
      type: () => Int,
      nullable: true,
      description:
        'At most this many nodes: fewer levels than depth when all of them would be more (never fewer than two, strategies and objectives). ' +
        'Nodes whose children were left out keep their childCount, for the client to load them when opened.',
    })
    fitWithin: number | null,
    @CurrentCaller() caller: MemberCaller,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PlanNodeDto[]> {
    return this.tree.outline(caller, planId, depth, selectedFieldTree(info), fitWithin);
  }

  @Query(() => [PlanNodeDto], { description: 'A node and everything below it, flat.' })
  nodeSubtree(
    @IdArg('id') id: string,
    @CurrentCaller() caller: MemberCaller,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PlanNodeDto[]> {
    return this.tree.subtree(caller, id, selectedFieldTree(info));
  }

  @Query(() => PlanNodeDto)
  node(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller): Promise<PlanNodeDto> {
    return this.tree.node(caller, id);
  }

  @Query(() => [PlanNodeDto], { description: 'Nodes the caller owns in plans that are not archived, overdue first.' })
  myWork(@CurrentCaller() caller: MemberCaller, @Info() info: GraphQLResolveInfo): Promise<PlanNodeDto[]> {
    return this.tree.myWork(caller, selectedFieldTree(info));
  }

  @Query(() => OperationsIndexDto, { description: 'Organisation × production × marketing for the plan, or for the subtree of nodeId.' })
  operationsIndex(
    @IdArg('planId') planId: string,
    @OptionalIdArg('nodeId') nodeId: string | null,
    @CurrentCaller() caller: MemberCaller,
  ): Promise<OperationsIndexDto> {
    return this.tree.operationsIndex(caller, planId, nodeId);
  }

  @RequireAnyPermission('plans.manage', 'plans.edit_department', 'plans.add_activities_owned')
  @Mutation(() => PlanNodeDto)
  createNode(@Args('input') input: CreateNodeInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanNodeDto> {
    return this.nodes.create(caller, input, ctx.requestId);
  }

  @RequireAnyPermission('plans.manage', 'plans.edit_department')
  @Mutation(() => PlanNodeDto)
  updateNode(@Args('input') input: UpdateNodeInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanNodeDto> {
    return this.nodes.update(caller, input, ctx.requestId);
  }

  @RequireAnyPermission('plans.manage', 'plans.edit_department', 'plans.report_owned')
  @Mutation(() => PlanNodeDto, { description: 'Reports a node’s progress (or KPI actual, or status) and rolls it up.' })
  updateProgress(@Args('input') input: UpdateProgressInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanNodeDto> {
    return this.reports.updateProgress(caller, input, ctx.requestId);
  }

  @RequireAnyPermission('plans.manage', 'plans.edit_department', 'plans.report_owned')
  @Mutation(() => PlanNodeDto, { description: 'Writes a node’s whole checklist. Its owner may tick items off; changing the items is for those who may update the node.' })
  setNodeChecklist(@Args('input') input: SetNodeChecklistInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanNodeDto> {
    return this.nodes.setChecklist(caller, input, ctx.requestId);
  }

  @RequireAnyPermission('plans.manage', 'plans.edit_department')
  @Mutation(() => PlanNodeDto, { description: 'Moves a node with its subtree under another parent in the same plan, or reorders it.' })
  moveNode(@Args('input') input: MoveNodeInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanNodeDto> {
    return this.nodes.move(caller, input, ctx.requestId);
  }

  @RequireAnyPermission('plans.manage', 'plans.edit_department')
  @Mutation(() => PlanNodeDto, { description: 'Deletes the node and its subtree; restoreNode undoes it.' })
  deleteNode(@Args('input') input: DeleteNodeInput, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanNodeDto> {
    return this.nodes.remove(caller, input, ctx.requestId);
  }

  @RequireAnyPermission('plans.manage', 'plans.edit_department')
  @Mutation(() => PlanNodeDto, { description: 'Restores everything deleted together with the node.' })
  restoreNode(@IdArg('id') id: string, @CurrentCaller() caller: MemberCaller, @RequestContext() ctx: GqlContext): Promise<PlanNodeDto> {
    return this.nodes.restore(caller, id, ctx.requestId);
  }
}
