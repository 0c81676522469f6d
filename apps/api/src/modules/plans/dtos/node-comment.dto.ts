import { Field, ID, ObjectType } from '@nestjs/graphql';
import { lookupField } from '../../../common/graphql/lookups';
import { MemberDto } from '../../members/dtos/member.dto';

@ObjectType('NodeComment')
export class NodeCommentDto {
  @Field(() => ID) id!: string;
  /** Not exposed: the organisation the author is looked up in. */
  orgId!: string;
  @Field(() => ID) nodeId!: string;
  authorId!: string | null;
  /** Attached by the write that created it (read in its transaction) when the query asks for it; otherwise looked up by authorId (batched). */
  @Field(() => MemberDto, { nullable: true }) author?: MemberDto | null;
  @Field() body!: string;
  @Field() createdAt!: Date;
}

lookupField<NodeCommentDto>('NodeComment', 'author', 'member', (c) => c.authorId);
