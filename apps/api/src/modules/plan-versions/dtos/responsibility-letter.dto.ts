import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LetterKind } from '@opsplan/domain';
import { NodeLevelEnum } from '../../plans/dtos/cascade-enums';
import { MemberDto } from '../../members/dtos/member.dto';
import { UserDto } from '../../identity/dtos/user.dto';
import { lookupField } from '../../../common/graphql/lookups';
import { LetterKindEnum } from './plan-version-enums';
import { VersionKpiDto } from './version-comparison.dto';

@ObjectType('ResponsibilityLetterItem', { description: 'An objective or project the letter’s owner commits to.' })
export class ResponsibilityLetterItemDto {
  @Field(() => ID) nodeId!: string;
  @Field(() => NodeLevelEnum) level!: 'objective' | 'project';
  @Field() title!: string;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate!: string | null;
  @Field(() => VersionKpiDto, { nullable: true }) kpi!: VersionKpiDto | null;
}

@ObjectType('ResponsibilityLetterDepartment', { description: 'A department the owner manages: its budget envelope and standard headcount, null until the budget sets them.' })
export class ResponsibilityLetterDepartmentDto {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Decimal string in the organisation’s currency.' }) budgetEnvelope!: string | null;
  @Field(() => Int, { nullable: true }) standardHeadcount!: number | null;
}

@ObjectType('ResponsibilityLetter', { description: 'A target-responsibility letter (目标管理责任书) drawn from a plan version.' })
export class ResponsibilityLetterDto {
  @Field(() => ID) id!: string;
  /** Not exposed: the organisation the owner is looked up in. */
  orgId!: string;
  @Field(() => ID) versionId!: string;
  @Field(() => LetterKindEnum) kind!: LetterKind;
  ownerId!: string;
  @Field(() => MemberDto, { nullable: true }) owner?: MemberDto | null;
  @Field({ description: 'The owner’s name as it was when the version was taken.' }) ownerName!: string;
  @Field(() => [ResponsibilityLetterItemDto]) items!: ResponsibilityLetterItemDto[];
  @Field(() => [ResponsibilityLetterDepartmentDto]) departments!: ResponsibilityLetterDepartmentDto[];
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => UserDto, { nullable: true }) acknowledgedBy!: UserDto | null;
  @Field({ description: 'Where to download it: GET with the access token as for GraphQL; add ?lang=en or ?lang=zh-CN.' }) pdfPath!: string;
}

lookupField<ResponsibilityLetterDto>('ResponsibilityLetter', 'owner', 'member', (l) => l.ownerId);
