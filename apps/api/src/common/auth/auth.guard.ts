import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { can } from '@opsplan/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { forbidden, unauthenticated } from '../errors/app-error';
import type { Caller, GqlContext } from '../context/gql-context';
import { ACCESS_KEY, Access } from './auth.decorators';
import { identifyCaller } from './identify-caller';
import { AccessTokenService } from '../../modules/identity/services/access-token.service';
import { TenantDb } from '../../database/tenant-db.service';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Runs before every root field. Establishes the caller once per request from
 * the bearer token and the database (so a revoked session, a deactivation or
 * a role change counts from the very next request), then checks the access
 * the operation declares. Field resolvers below a root field are covered by it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly db: TenantDb,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (!ROOT_TYPES.has(info.parentType.name)) return true;

    const access =
      this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]) ??
      ({ kind: 'member' } as Access);
    const ctx = gql.getContext<GqlContext & { authorization?: string }>();
    if (access.kind === 'public') {
      // A stale token must not stop someone from signing in again.
      ctx.caller ??= await this.identify(ctx).catch(() => undefined);
      return true;
    }
    const caller = ctx.caller ?? (await this.identify(ctx));
    if (caller) ctx.caller = caller;

    if (!caller) throw unauthenticated('Please sign in to continue.');
    if (access.kind === 'signedIn') return true;
    if (!caller.orgId) throw forbidden('Choose or create an organisation first.');
    if (!caller.membershipId || !caller.role) throw forbidden('You are not an active member of this organisation.');
    if (access.kind === 'permission' && !can(caller.role, access.permission)) {
      throw forbidden('Your role does not allow this.');
    }
    const role = caller.role;
    if (access.kind === 'anyPermission' && !access.permissions.some((p) => can(role, p))) {
      throw forbidden('Your role does not allow this.');
    }
    return true;
  }

  private identify(ctx: GqlContext & { authorization?: string }): Promise<Caller | undefined> {
    return identifyCaller(this.tokens, this.db, ctx.req?.headers?.authorization ?? ctx.authorization);
  }
}
