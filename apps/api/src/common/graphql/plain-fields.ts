import { GraphQLSchema, isObjectType } from 'graphql';

/**
 * The name of the resolver @nestjs/graphql gives every field of a code-first
 * object type: `(root) => root[name]`, or the field's default value when that
 * is undefined. OpsPlan's output types declare neither default values nor
 * renamed fields, so the resolver only reads the property.
 */
const NEST_PROPERTY_RESOLVER = 'rootFieldResolver';

/**
 * Removes those property-reading resolvers, so that graphql-jit reads the
 * property inline in the compiled query instead of calling a resolver for
 * every field of every object (on a 500-node list, thousands of calls, each
 * with its own error handling and promise check). Fields with real resolvers
 * (field resolvers, lookup fields) keep theirs.
 */
export function readFieldsDirectly(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve?.name === NEST_PROPERTY_RESOLVER) field.resolve = undefined;
    }
  }
  return schema;
}
