import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Permission } from '@opsplan/domain';
import type { Caller, GqlContext } from '../context/gql-context';

export const ACCESS_KEY = 'opsplan:access';

/**
 * What an operation needs from its caller. Resolvers declare it at class
 * level (`member`) and override per operation where it differs.
 * - public: anyone, signed in or not
 * - signedIn: a signed-in user, with or without an organisation
 * - member: an active member of the current organisation
 * - a permission: an active member whose role holds it
 * - any of several permissions: an active member whose role holds one of
 *   them; the service then decides on the record itself (e.g. a plan node
 *   in the manager's own department, or one the caller owns)
 */
export type Access =
  | { kind: 'public' }
  | { kind: 'signedIn' }
  | { kind: 'member' }
  | { kind: 'permission'; permission: Permission }
  | { kind: 'anyPermission'; permissions: readonly Permission[] };

export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'signedIn' } satisfies Access);
export const MembersOnly = () => SetMetadata(ACCESS_KEY, { kind: 'member' } satisfies Access);
export const RequirePermission = (permission: Permission) =>
  SetMetadata(ACCESS_KEY, { kind: 'permission', permission } satisfies Access);
export const RequireAnyPermission = (...permissions: Permission[]) =>
  SetMetadata(ACCESS_KEY, { kind: 'anyPermission', permissions } satisfies Access);

export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller | undefined => {
  return GqlExecutionContext.create(context).getContext<GqlContext>().caller;
});

export const RequestContext = createParamDecorator((_data: unknown, context: ExecutionContext): GqlContext => {
  return GqlExecutionContext.create(context).getContext<GqlContext>();
});
