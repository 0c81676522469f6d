import { Global, Injectable, Module } from '@nestjs/common';
import { GraphQLSchema, isObjectType } from 'graphql';
import type DataLoader from 'dataloader';
import type { TenantScope } from '../../database/tenant-db.service';
import type { GqlContext } from '../context/gql-context';
import { requestLoader } from './request-loader';

/** What a field can point at by id: a member or a department of the organisation. */
export type LookupKind = 'member' | 'department';

export type LookupScope = TenantScope & { orgId: string };
type Batch = (scope: LookupScope, ids: readonly string[]) => Promise<unknown[]>;

/**
 * Batched lookups by id, one DataLoader per request, kind and organisation.
 * The modules that own a kind register how to fetch it; anything holding the
 * request's context can then look rows up, including the plain field
 * resolvers of lookupField, which run without the cost of a Nest field
 * resolver (pipes, parameter decorators and promises on every item of a
 * long list).
 */
@Injectable()
export class Lookups {
  private readonly batches = new Map<LookupKind, Batch>();

  register(kind: LookupKind, batch: Batch): void {
    this.batches.set(kind, batch);
  }

  loader<V>(ctx: GqlContext, kind: LookupKind, scope: LookupScope): DataLoader<string, V | null> {
    const batch = this.batches.get(kind);
    if (!batch) throw new Error(`No lookup registered for ${kind}.`);
    return requestLoader<string, V>(ctx, `${kind}:${scope.orgId}`, (ids) => batch(scope, ids) as Promise<(V | null)[]>);
  }
}

@Global()
@Module({ providers: [Lookups], exports: [Lookups] })
export class LookupsModule {}

interface LookupField {
  type: string;
  field: string;
  kind: LookupKind;
  idOf: (parent: never) => string | null;
}

const lookupFields: LookupField[] = [];

/**
 * Declares that `type.field` is the row of `kind` whose id the parent holds
 * (e.g. a plan node's owner from `ownerId`), in the parent's organisation.
 * installLookupFields gives the field a plain resolver: the value a list read
 * attached to the parent when there is one (no promise, no lookup: lists of
 * thousands of nodes resolve the field once per node), otherwise a batched
 * lookup through the request's loader.
 */
export function lookupField<T extends { orgId: string }>(type: string, field: keyof T & string, kind: LookupKind, idOf: (parent: T) => string | null): void {
  lookupFields.push({ type, field, kind, idOf: idOf as LookupField['idOf'] });
}

export function installLookupFields(schema: GraphQLSchema): GraphQLSchema {
  for (const { type, field, kind, idOf } of lookupFields) {
    const target = schema.getType(type);
    if (!isObjectType(target) || !target.getFields()[field]) throw new Error(`Lookup field ${type}.${field} is not in the schema.`);
    target.getFields()[field].resolve = (parent: Record<string, unknown> & { orgId: string }, _args: unknown, ctx: GqlContext) => {
      const attached = parent[field];
      if (attached !== undefined) return attached;
      const id = idOf(parent as never);
      // The parent was already shown to this caller, so its own organisation's row may be too.
      if (!id || !ctx.lookups) return null;
      return ctx.lookups.loader(ctx, kind, { orgId: parent.orgId, userId: ctx.caller?.userId ?? null }).load(id);
    };
  }
  return schema;
}
