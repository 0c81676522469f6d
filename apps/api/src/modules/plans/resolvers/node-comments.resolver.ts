import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { CurrentCaller, RequestContext, RequireAnyPermission, RequirePermission } from '../../../common/auth/auth.decorators';
import type { GqlContext, MemberCaller } from '../../../common/context/gql-context';
import { IdArg } from '../../../common/graphql/id-arg';
import { selectedFieldTree } from '../../../common/graphql/selection';
import { NodeCommentsService } from '../services/node-comments.service';
import { NodeCommentDto } from '../dtos/node-comment.dto';
import { AddCommentInput } from '../dtos/inputs/report.inputs';

@Resolver(() => NodeCommentDto)
@RequirePermission('plans.read')
export class NodeCommentsResolver {
  constructor(private readonly commentsService: NodeCommentsService) {}

  @Query(() => [NodeCommentDto], { description: 'A node’s comments, oldest first.' })
  comments(@IdArg('nodeId') nodeId: string, @CurrentCaller() caller: MemberCaller): Promise<NodeCommentDto[]> {
    return this.commentsService.list(caller, nodeId);
  }

  @RequireAnyPermission('plans.manage', 'plans.edit_department', 'plans.report_owned')
  @Mutation(() => NodeCommentDto)
  addComment(
    @Args('input') input: AddCommentInput,
    @CurrentCaller() caller: MemberCaller,
    @RequestContext() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeCommentDto> {
    return this.commentsService.add(caller, input, ctx.requestId, selectedFieldTree(info).has('author'));
  }
}
