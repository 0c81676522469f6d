import { Field, ID, ObjectType } from '@nestjs/graphql';

/** Something changed in the organisation; clients refetch what they show of it. */
@ObjectType('OrganizationEvent')
export class OrganizationEventDto {
  @Field() entity!: string;
  @Field(() => ID) entityId!: string;
  @Field() action!: string;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
}
