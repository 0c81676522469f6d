import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import { NAME_MAX_LENGTH } from '@opsplan/domain';
import { PlainText, TextLength, Trim } from '../../../../common/graphql/validation';

@InputType()
export class CreateDepartmentInput {
  @Field() @Trim() @IsString() @TextLength(1, NAME_MAX_LENGTH) @PlainText() name!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Membership id of the manager.' }) @IsOptional() @IsUUID() managerId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Marks the HR department; marking one unmarks any other.' }) @IsOptional() @IsBoolean() isHr?: boolean | null;
}

@InputType()
export class UpdateDepartmentInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @TextLength(1, NAME_MAX_LENGTH) @PlainText() name?: string;
  /** null moves the department to the top level; absent leaves it where it is. */
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() parentId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() managerId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Marks (or unmarks) the HR department; marking one unmarks any other.' }) @IsOptional() @IsBoolean() isHr?: boolean | null;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}
