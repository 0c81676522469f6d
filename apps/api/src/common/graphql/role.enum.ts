import { registerEnumType } from '@nestjs/graphql';
import { ROLES, Role } from '@opsplan/domain';

/** The GraphQL face of the domain's roles; the values are the domain's own strings. */
export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'A member’s role in one organisation.' });
