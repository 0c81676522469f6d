import { Field, ObjectType } from '@nestjs/graphql';
import { UserDto } from './user.dto';
import { OrganizationDto, OrganizationSummaryDto } from '../../organizations/dtos/organization.dto';
import { MemberDto } from '../../members/dtos/member.dto';

/** The signed-in person, where they work now and what they may do there. */
@ObjectType('Viewer')
export class ViewerDto {
  @Field(() => UserDto) user!: UserDto;
  @Field(() => OrganizationDto, { nullable: true }) organization!: OrganizationDto | null;
  @Field(() => MemberDto, { nullable: true }) membership!: MemberDto | null;
  @Field(() => [OrganizationSummaryDto]) organizations!: OrganizationSummaryDto[];
  @Field(() => [String], { description: 'Permissions of the current role (see libs/domain access/permissions).' })
  permissions!: string[];
}

@ObjectType('AuthPayload')
export class AuthPayloadDto {
  @Field() accessToken!: string;
  @Field() accessTokenExpiresAt!: Date;
  @Field(() => ViewerDto) viewer!: ViewerDto;
}
