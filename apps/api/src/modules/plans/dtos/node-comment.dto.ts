import type { MemberDto } from '../../members/dtos/member.dto';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('NodeComment')
export class NodeCommentDto {
  @Field(() => ID) id!: string;
  /** Not exposed: the organisation the author is looked up in. */
  orgId!: string;
  @Field(() => ID) nodeId!: string;
  /** Resolved by a field resolver (batched). */
  authorId!: string | null;
  /** Read by the write that created it, in its own transaction, when the query asks for it; otherwise the field resolver looks it up. */
  author?: MemberDto | null;
  @Field() body!: string;
  @Field() createdAt!: Date;
}
