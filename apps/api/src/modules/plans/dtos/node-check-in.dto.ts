import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('NodeCheckIn')
export class NodeCheckInDto {
  @Field(() => ID) id!: string;
  /** Not exposed: the organisation the author is looked up in. */
  orgId!: string;
  @Field(() => ID) nodeId!: string;
  /** Resolved by a field resolver (batched). */
  authorId!: string | null;
  @Field(() => Float) progress!: number;
  @Field(() => String, { nullable: true }) kpiActual!: string | null;
  @Field(() => Int, { description: '1 (will miss) to 5 (certain).' }) confidence!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() createdAt!: Date;
}
