import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { StageStatus } from '@opsplan/domain';
import { lookupField } from '../../../common/graphql/lookups';
import { MemberDto } from '../../members/dtos/member.dto';
import { DepartmentDto } from '../../departments/dtos/department.dto';
import { StageStatusEnum } from './cycle-enums';

@ObjectType('StageAttachment', { description: 'A file attached to a deliverable. Its bytes: Query.attachmentContent.' })
export class StageAttachmentDto {
  @Field(() => ID) id!: string;
  @Field(() => ID) deliverableId!: string;
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field(() => Int, { description: 'Bytes.' }) size!: number;
  @Field() createdAt!: Date;
}

@ObjectType('StageAttachmentContent')
export class StageAttachmentContentDto extends StageAttachmentDto {
  @Field({ description: 'The file’s bytes, base64.' }) contentBase64!: string;
}

@ObjectType('StageDeliverable', { description: 'A named document the stage hands over.' })
export class StageDeliverableDto {
  @Field(() => ID) id!: string;
  @Field(() => ID) stageId!: string;
  @Field({ description: 'A STAGE_DELIVERABLES key such as market_sales_forecast (translate it), or a name the organisation chose.' }) name!: string;
  @Field({ description: 'Rich text (HTML or markdown) as written, at most 100,000 characters. Stored unsanitised: sanitise when rendering.' })
  body!: string;
  @Field(() => [StageAttachmentDto]) attachments!: StageAttachmentDto[];
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
}

@ObjectType('StageEvent', { description: 'One step of a stage’s history.' })
export class StageEventDto {
  @Field(() => ID) id!: string;
  orgId!: string;
  actorId!: string | null;
  @Field(() => MemberDto, { nullable: true }) actor?: MemberDto | null;
  @Field({ description: 'submit, approve or return; start when work first began.' }) action!: string;
  @Field(() => StageStatusEnum) fromStatus!: StageStatus;
  @Field(() => StageStatusEnum) toStatus!: StageStatus;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('CycleStage')
export class CycleStageDto {
  @Field(() => ID) id!: string;
  orgId!: string;
  @Field(() => ID) cycleId!: string;
  @Field(() => String, { nullable: true, description: 'One of the eight default stages (sales_forecast … overall_plan), or null for a stage the organisation added.' })
  key!: string | null;
  @Field() name!: string;
  @Field(() => Int) position!: number;
  ownerDepartmentId!: string | null;
  responsibleId!: string | null;
  submittedById!: string | null;
  @Field(() => DepartmentDto, { nullable: true }) ownerDepartment?: DepartmentDto | null;
  @Field(() => MemberDto, { nullable: true, description: 'The member who answers for the stage’s work.' }) responsible?: MemberDto | null;
  @Field(() => String, { description: 'YYYY-MM-DD' }) startDate!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) dueDate!: string;
  @Field(() => [ID], { description: 'Stages that must be approved before this one can be submitted.' }) dependsOn!: string[];
  @Field(() => [ID], { description: 'The stages it depends on that are not approved yet.' }) waitingFor!: string[];
  @Field(() => StageStatusEnum) status!: StageStatus;
  @Field(() => String, { nullable: true, description: 'Why it was last returned, until it is submitted again.' }) returnReason!: string | null;
  @Field(() => MemberDto, { nullable: true }) submittedBy?: MemberDto | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field({ description: 'Due before the database’s today and not approved.' }) overdue!: boolean;
  @Field(() => ID, {
    nullable: true,
    description:
      'The structured data the stage produces, where it exists yet: the plan, for the overall-plan stage. (Sales forecast figures, the headcount plan and the budget scenarios come with the budget issue.)',
  })
  linkedPlanId!: string | null;
  @Field(() => Date, { nullable: true, description: 'Set while the stage is deleted; restoreCycleStage brings it back.' }) deletedAt!: Date | null;
  @Field(() => Int) version!: number;
  @Field() updatedAt!: Date;
}

lookupField<CycleStageDto>('CycleStage', 'ownerDepartment', 'department', (s) => s.ownerDepartmentId);
lookupField<CycleStageDto>('CycleStage', 'responsible', 'member', (s) => s.responsibleId);
lookupField<CycleStageDto>('CycleStage', 'submittedBy', 'member', (s) => s.submittedById);
lookupField<StageEventDto>('StageEvent', 'actor', 'member', (e) => e.actorId);
