import { GraphQLSchema, isObjectType } from 'graphql';
import { TestApp } from '../support/test-app';

/** The schema the API actually serves, after its transforms (lookup fields, plain property reads). */
describe('the served schema', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    t = await TestApp.start();
    schema = (t.app.getHttpAdapter().getInstance() as unknown as { graphql: { schema: GraphQLSchema } }).graphql.schema;
  });
  afterAll(() => t.stop());

  const resolverOf = (type: string, field: string) => {
    const target = schema.getType(type);
    if (!isObjectType(target)) throw new Error(`${type} is not an object type`);
    return target.getFields()[field].resolve;
  };

  it('reads plain fields as properties, without a resolver per field', () => {
    // graphql-jit inlines fields without a resolver; with one, it calls it for every field of every node of a list.
    const withPropertyResolver = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) => Object.values(type.getFields()).filter((f) => f.resolve?.name === 'rootFieldResolver').map((f) => `${type.name}.${f.name}`));
    expect(withPropertyResolver).toEqual([]);
    expect(resolverOf('PlanNode', 'title')).toBeUndefined();
    expect(resolverOf('Member', 'id')).toBeUndefined();
  });

  it('keeps the resolvers that do work: lookups, field resolvers and operations', () => {
    expect(resolverOf('PlanNode', 'owner')).toEqual(expect.any(Function));
    expect(resolverOf('PlanNode', 'department')).toEqual(expect.any(Function));
    expect(resolverOf('Query', 'nodeSubtree')).toEqual(expect.any(Function));
    expect(resolverOf('Mutation', 'updateProgress')).toEqual(expect.any(Function));
  });
});
