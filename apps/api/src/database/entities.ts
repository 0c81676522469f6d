import { UserEntity } from '../modules/identity/user.entity';
import { SessionFamilyEntity } from '../modules/identity/session-family.entity';
import { RefreshTokenEntity } from '../modules/identity/refresh-token.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { MembershipEntity } from '../modules/members/membership.entity';
import { InvitationEntity } from '../modules/members/invitation.entity';
import { DepartmentEntity } from '../modules/departments/department.entity';
import { AuditLogEntity } from '../modules/audit/audit-log.entity';

/** Every entity of the schema; the migration drift check compares these with the migrations. */
export const ENTITIES = [
  UserEntity,
  SessionFamilyEntity,
  RefreshTokenEntity,
  OrganizationEntity,
  MembershipEntity,
  InvitationEntity,
  DepartmentEntity,
  AuditLogEntity,
];
