import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { ROLES, Role } from '@opsplan/domain';
import { RoleEnum } from '../../../../common/graphql/role.enum';

@InputType()
export class UpdateMemberInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => RoleEnum, { nullable: true }) @IsOptional() @IsIn(ROLES) role?: Role;
  /** null clears the department; absent leaves it unchanged. */
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() departmentId?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() active?: boolean;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}
