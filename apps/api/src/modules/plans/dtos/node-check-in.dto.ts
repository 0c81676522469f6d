import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { lookupField } from '../../../common/graphql/lookups';
import { MemberDto } from '../../members/dtos/member.dto';

@ObjectType('NodeCheckIn')
export class NodeCheckInDto {
  @Field(() => ID) id!: string;
  /** Not exposed: the organisation the author is looked up in. */
  orgId!: string;
  @Field(() => ID) nodeId!: string;
  authorId!: string | null;
  /** Attached by the write that created it (read in its transaction) when the query asks for it; otherwise looked up by authorId (batched). */
  @Field(() => MemberDto, { nullable: true }) author?: MemberDto | null;
  @Field(() => Float) progress!: number;
  @Field(() => String, { nullable: true }) kpiActual!: string | null;
  @Field(() => Int, { description: '1 (will miss) to 5 (certain).' }) confidence!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() createdAt!: Date;
}

lookupField<NodeCheckInDto>('NodeCheckIn', 'author', 'member', (c) => c.authorId);
