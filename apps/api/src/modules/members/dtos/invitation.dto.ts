import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@opsplan/domain';
import { RoleEnum } from '../../../common/graphql/role.enum';
import { UserDto } from '../../identity/dtos/user.dto';

@ObjectType('Invitation')
export class InvitationDto {
  @Field(() => ID) id!: string;
  @Field(() => RoleEnum) role!: Role;
  departmentId!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field() expiresAt!: Date;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field(() => UserDto, { nullable: true }) invitedBy!: UserDto | null;
}

@ObjectType('CreatedInvitation')
export class CreatedInvitationDto {
  @Field(() => InvitationDto) invitation!: InvitationDto;
  @Field({ description: 'The secret of the invitation link; shown only in this answer.' }) token!: string;
}

@ObjectType('InvitationPreview')
export class InvitationPreviewDto {
  @Field() organizationName!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true }) inviterName!: string | null;
  @Field() expiresAt!: Date;
}
