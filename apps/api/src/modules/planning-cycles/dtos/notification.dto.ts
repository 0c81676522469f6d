import { Field, ID, ObjectType } from '@nestjs/graphql';
import { lookupField } from '../../../common/graphql/lookups';
import { MemberDto } from '../../members/dtos/member.dto';

@ObjectType('Notification', { description: 'An in-app message to the caller.' })
export class NotificationDto {
  @Field(() => ID) id!: string;
  orgId!: string;
  @Field({ description: 'stage_submitted, stage_approved, stage_returned or stage_overdue.' }) kind!: string;
  @Field(() => ID, { nullable: true }) cycleId!: string | null;
  @Field(() => ID, { nullable: true }) stageId!: string | null;
  actorId!: string | null;
  @Field(() => MemberDto, { nullable: true }) actor?: MemberDto | null;
  @Field({ description: 'The stage’s name, and a return’s reason.' }) message!: string;
  @Field(() => String, { nullable: true, description: 'For stage_overdue: the stage’s due date (YYYY-MM-DD) when the reminder was raised.' }) dueDate!: string | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('NotificationPage')
export class NotificationPageDto {
  @Field(() => [NotificationDto]) items!: NotificationDto[];
  @Field(() => String, { nullable: true }) nextCursor!: string | null;
}

lookupField<NotificationDto>('Notification', 'actor', 'member', (n) => n.actorId);
