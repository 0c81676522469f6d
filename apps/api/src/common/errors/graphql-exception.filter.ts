import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every error raised in a resolver to GraphQL unchanged. The error
 * formatter decides what the client sees and logs only the unexpected ones;
 * without this, Nest would log every expected AppError (a wrong password, a
 * stale version) as a server error.
 */
@Catch()
export class GraphQLPassthroughFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    return exception;
  }
}
