import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { RESOLVER_NAME_METADATA, RESOLVER_PROPERTY_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql/dist/graphql.constants';
import { can, type Role } from '@opsplan/domain';
import { ACCESS_KEY, type Access } from '../../src/common/auth/auth.decorators';
import type { RootName } from './operation-filler';

export interface DeclaredAccess {
  root: RootName;
  name: string;
  /** Resolver.method, for reports */
  handler: string;
  access: Access;
}

const ROOTS = new Set<string>(['Query', 'Mutation', 'Subscription']);

/**
 * What every operation requires of its caller, read from the resolvers the
 * running app registered, the way AuthGuard reads it: the method's access
 * decorator, else the class's, else members only. Also lists the field
 * resolvers that declare access of their own, which the guard never checks.
 */
export function declaredAccess(app: INestApplication): { operations: Map<string, DeclaredAccess>; ignoredFieldAccess: string[] } {
  const reflector = app.get(Reflector);
  const scanner = new MetadataScanner();
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const operations = new Map<string, DeclaredAccess>();
  const ignoredFieldAccess: string[] = [];
  const seen = new Set<unknown>();
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || typeof instance !== 'object' || seen.has(instance.constructor)) continue;
    seen.add(instance.constructor);
    const prototype = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method] as (...args: unknown[]) => unknown;
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      const isField = Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, handler) === true;
      const label = `${instance.constructor.name}.${method}`;
      if (isField && Reflect.getMetadata(ACCESS_KEY, handler)) ignoredFieldAccess.push(label);
      if (!type || isField || !ROOTS.has(type)) continue;
      const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
      const access = reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [handler, instance.constructor]) ?? { kind: 'member' };
      const key = `${type}.${name}`;
      if (operations.has(key)) throw new Error(`${key} is resolved twice: ${operations.get(key)!.handler} and ${label}`);
      operations.set(key, { root: type as RootName, name, handler: label, access });
    }
  }
  return { operations, ignoredFieldAccess };
}

/** Whether a member of the role passes the operation's declared access, by the one policy table (ROLE_PERMISSIONS). */
export function roleMayCall(access: Access, role: Role): boolean {
  switch (access.kind) {
    case 'public':
    case 'signedIn':
    case 'member':
      return true;
    case 'permission':
      return can(role, access.permission);
    case 'anyPermission':
      return access.permissions.some((p) => can(role, p));
  }
}

export const describeAccess = (access: Access): string =>
  access.kind === 'permission' ? access.permission : access.kind === 'anyPermission' ? `any of ${access.permissions.join(', ')}` : access.kind;
