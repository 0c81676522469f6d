import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '@opsplan/domain';
import { RoleEnum } from '../../../common/graphql/role.enum';

@ObjectType('Organization')
export class OrganizationDto {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'ISO 4217 currency of every money figure in the organisation.' }) currency!: string;
  @Field(() => Int, { description: 'Month (1–12) in which the fiscal year starts.' }) fiscalYearStartMonth!: number;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('OrganizationSummary')
export class OrganizationSummaryDto {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => RoleEnum) role!: Role;
}
