import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, ROLES, Role } from '@opsplan/domain';
import { RoleEnum } from '../../../../common/graphql/role.enum';
import { Trim } from '../../../../common/graphql/validation';

@InputType()
export class CreateInvitationInput {
  @Field(() => RoleEnum) @IsIn(ROLES) role!: Role;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({}, { message: 'email must be a valid email address' })
  email?: string | null;
}
