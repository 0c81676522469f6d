import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { DocumentNode, GraphQLError, NoSchemaIntrospectionCustomRule, Source, ValidationRule } from 'graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { AppConfig } from './config/app-config';
import { expandRequestErrors, formatGraphQLError, statusFor } from './common/errors/error-formatter';
import type { GqlContext } from './common/context/gql-context';
import type { MetricsService } from './modules/health/metrics.service';
import { AccessTokenService } from './modules/identity/services/access-token.service';
import { installLookupFields, Lookups } from './common/graphql/lookups';
import { readFieldsDirectly } from './common/graphql/plain-fields';

/** Limits every operation must stay within; see DEVELOPMENT.md. */
export const QUERY_LIMITS = { depth: 10, aliases: 15, cost: 5000 };

export function graphqlConfig(config: AppConfig, log: Logger, metrics: MetricsService, lookups: Lookups): MercuriusDriverConfig {
  const rules: ValidationRule[] = [
    maxDepthRule({ n: QUERY_LIMITS.depth }) as unknown as ValidationRule,
    // Aliased __typename counts too (the rule skips it by default): a thousand of them is amplification, not a client's need.
    maxAliasesRule({ n: QUERY_LIMITS.aliases, allowList: [] }) as unknown as ValidationRule,
    costLimitRule({ maxCost: QUERY_LIMITS.cost }) as unknown as ValidationRule,
  ];
  if (config.production) rules.push(NoSchemaIntrospectionCustomRule);
  const tokens = new AccessTokenService(config);

  return {
    driver: MercuriusDriver,
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    graphiql: false,
    // Compile a query with graphql-jit from its second use. graphql-jit drops
    // input-field defaults from variables (graphql-jit#142), so input types
    // declare no schema defaults; the DTOs supply them.
    jit: 1,
    allowBatchedQueries: false,
    transformSchema: (schema) => readFieldsDirectly(installLookupFields(schema)),
    validationRules: rules,
    hooks: {
      // A query that does not parse, mercurius retries as a JSON-encoded AST.
      // A hand-made AST skips the parser's checks and can crash validation
      // ("42" did): only documents parsed from GraphQL text go on.
      preValidation: async (_schema: unknown, document: DocumentNode) => {
        if (!(document?.loc?.source instanceof Source)) throw new GraphQLError('The query must be GraphQL text.');
      },
    },
    context: (req: FastifyRequest, reply: FastifyReply): GqlContext => ({ req, reply, requestId: String(req.id), lookups }),
    subscription: {
      // graphql-ws: the client sends its access token in connectionParams. A socket
      // without a valid one is refused; the auth guard checks session and membership
      // when the client subscribes.
      onConnect: ({ payload }: { payload?: { authorization?: unknown } }) => {
        const authorization = typeof payload?.authorization === 'string' ? payload.authorization : '';
        const bearer = /^Bearer\s+(\S+)$/i.exec(authorization);
        return bearer && tokens.verify(bearer[1]) ? { authorization } : false;
      },
      context: (_socket: unknown, req: FastifyRequest) => ({ requestId: String(req.id) }),
    },
    errorFormatter: (execution) => {
      const errors = execution.errors.flatMap(expandRequestErrors).map((error: GraphQLError) => {
        const formatted = formatGraphQLError(error, log);
        metrics.graphqlErrors.inc({ code: String(formatted.extensions?.code ?? 'UNKNOWN') });
        // Field suggestions ("Did you mean …?") describe the schema; keep them out of production.
        return config.production ? { ...formatted, message: formatted.message.replace(/ Did you mean .*\?$/, '') } : formatted;
      });
      return { statusCode: statusFor(execution), response: { data: execution.data ?? null, errors } };
    },
  } as MercuriusDriverConfig;
}
