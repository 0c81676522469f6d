import type { MemberDto } from '../../members/dtos/member.dto';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('NodeCheckIn')
export class NodeCheckInDto {
  @Field(() => ID) id!: string;
  /** Not exposed: the organisation the author is looked up in. */
  orgId!: string;
  @Field(() => ID) nodeId!: string;
  /** Resolved by a field resolver (batched). */
  authorId!: string | null;
  /** Read by the write that created it, in its own transaction, when the query asks for it; otherwise the field resolver looks it up. */
  author?: MemberDto | null;
  @Field(() => Float) progress!: number;
  @Field(() => String, { nullable: true }) kpiActual!: string | null;
  @Field(() => Int, { description: '1 (will miss) to 5 (certain).' }) confidence!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() createdAt!: Date;
}
