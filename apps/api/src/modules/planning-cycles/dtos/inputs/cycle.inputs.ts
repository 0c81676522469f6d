import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBase64, IsInt, IsString, IsUUID, Matches, Min } from 'class-validator';
import { MultilineText, PlainText, TextLength, Trim } from '../../../../common/graphql/validation';
import { IsId, IsPlanDate, WhenGiven } from '../../../plans/dtos/inputs/node-validation.util';

const IsName = (max: number) => applyDecorators(Trim(), IsString(), TextLength(1, max), PlainText());

/** A list of UUIDs, lower-cased like IsId. */
const IsIdList = (max: number) =>
  applyDecorators(
    Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.toLowerCase() : v)) : value)),
    IsArray(),
    ArrayMaxSize(max),
    IsUUID('all', { each: true }),
  );

@InputType()
export class CreatePlanningCycleInput {
  @Field(() => ID, { description: 'The plan the cycle prepares; its year is the cycle’s plan year.' }) @IsId() planId!: string;
  @Field(() => String, { nullable: true, description: 'Defaults to "Planning cycle <year>".' }) @WhenGiven() @IsName(120) name?: string | null;
}

/** Absent fields stay as they are; null clears the leader, the deputy or the retrospective. */
@InputType()
export class UpdatePlanningCycleInput {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsName(120) name?: string | null;
  @Field(() => ID, { nullable: true, description: 'Membership id of the planning group’s leader.' }) @WhenGiven() @IsId() leaderId?: string | null;
  @Field(() => ID, { nullable: true }) @WhenGiven() @IsId() deputyLeaderId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The group’s other members; replaces the list.' })
  @WhenGiven()
  @IsIdList(200)
  memberIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'What to change next year (at most 20,000 characters).' })
  @WhenGiven()
  @IsString()
  @TextLength(0, 20000)
  @MultilineText()
  retrospective?: string | null;
}

@InputType()
export class AddCycleStageInput {
  @Field(() => ID) @IsId() cycleId!: string;
  @Field(() => Int, { description: 'The cycle’s version: adding a stage changes the cycle.' }) @IsInt() @Min(1) version!: number;
  @Field() @IsName(200) name!: string;
  @Field(() => String) @IsPlanDate() startDate!: string;
  @Field(() => String) @IsPlanDate() dueDate!: string;
  @Field(() => [ID], { nullable: true }) @WhenGiven() @IsIdList(50) dependsOn?: string[] | null;
  @Field(() => ID, { nullable: true }) @WhenGiven() @IsId() ownerDepartmentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Defaults to the owner department’s manager.' }) @WhenGiven() @IsId() responsibleId?: string | null;
  @Field(() => [String], { nullable: true, description: 'Names of the documents it hands over.' })
  @WhenGiven()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @TextLength(1, 120, { each: true })
  @Matches(/^[^\p{Cc}]*$/u, { each: true, message: 'deliverables must not contain control characters' })
  deliverables?: string[] | null;
}

/** Absent fields stay as they are; null clears the owner department or the responsible member. */
@InputType()
export class UpdateCycleStageInput {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsName(200) name?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsPlanDate() startDate?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsPlanDate() dueDate?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the list.' }) @WhenGiven() @IsIdList(50) dependsOn?: string[] | null;
  @Field(() => ID, { nullable: true }) @WhenGiven() @IsId() ownerDepartmentId?: string | null;
  @Field(() => ID, { nullable: true }) @WhenGiven() @IsId() responsibleId?: string | null;
}

@InputType()
export class StageVersionInput {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

@InputType()
export class ReturnCycleStageInput extends StageVersionInput {
  @Field({ description: 'Why it goes back (1–2,000 characters).' }) @Trim() @IsString() @TextLength(1, 2000) @MultilineText() reason!: string;
}

@InputType()
export class ReorderCycleStagesInput {
  @Field(() => ID) @IsId() cycleId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => [ID], { description: 'Every live stage of the cycle, in the new order.' }) @IsIdList(100) stageIds!: string[];
}

@InputType()
export class UpdateDeliverableInput {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ description: 'Rich text (HTML or markdown), at most 100,000 characters.' }) @IsString() @TextLength(0, 100000) @MultilineText() body!: string;
}

@InputType()
export class AddAttachmentInput {
  @Field(() => ID) @IsId() deliverableId!: string;
  @Field() @IsName(255) filename!: string;
  @Field() @IsString() @Matches(/^[\w.+-]{1,63}\/[\w.+-]{1,63}$/, { message: 'contentType must be a media type such as application/pdf' }) contentType!: string;
  @Field({ description: 'The file, base64; at most 180 KB decoded.' }) @IsString() @IsBase64(undefined, { message: 'contentBase64 must be base64' }) contentBase64!: string;
}
