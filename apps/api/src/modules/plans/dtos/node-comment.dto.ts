import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('NodeComment')
export class NodeCommentDto {
  @Field(() => ID) id!: string;
  /** Not exposed: the organisation the author is looked up in. */
  orgId!: string;
  @Field(() => ID) nodeId!: string;
  /** Resolved by a field resolver (batched). */
  authorId!: string | null;
  @Field() body!: string;
  @Field() createdAt!: Date;
}
