import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Role } from '@opsplan/domain';
import { RoleEnum } from '../../../common/graphql/role.enum';
import { UserDto } from '../../identity/dtos/user.dto';

@ObjectType('Member')
export class MemberDto {
  @Field(() => ID) id!: string;
  /**
   * Not exposed: the organisation its fields (department) are looked up in,
   * which after joining or switching is not yet the caller's current one.
   */
  orgId!: string;
  @Field(() => UserDto) user!: UserDto;
  @Field(() => RoleEnum) role!: Role;
  /** Resolved by a field resolver (batched). */
  departmentId!: string | null;
  @Field() active!: boolean;
  @Field() joinedAt!: Date;
  @Field(() => Int) version!: number;
}
