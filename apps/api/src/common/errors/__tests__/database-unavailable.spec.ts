import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { AppError } from '../app-error';
import { isDatabaseUnavailable } from '../database-unavailable';
import { formatGraphQLError } from '../error-formatter';

const pgError = (code: string, message = 'x') => Object.assign(new Error(message), { code });
const failedQuery = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

describe('telling a database that cannot be reached from a failed request', () => {
  it.each([
    ['a killed backend (57P01)', failedQuery(pgError('57P01', 'terminating connection due to administrator command'))],
    ['a server that is starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a crashed server (57P02)', failedQuery(pgError('57P02'))],
    ['a connection exception (08006)', pgError('08006')],
    ['a refused connection on every address', new AggregateError([pgError('ECONNREFUSED'), pgError('ECONNREFUSED')])],
    ['a dropped connection', failedQuery(new Error('Connection terminated unexpectedly'))],
    ['a lost transaction wrapping its cause', new Error('lost', { cause: pgError('ECONNRESET') })],
  ])('%s is unavailability', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', failedQuery(pgError('23505'))],
    ['a deadlock', failedQuery(pgError('40P01'))],
    ['a typed error', new AppError('CONFLICT', 'stale')],
    ['a bug', new TypeError('x is undefined')],
    ['not an error', 'Connection terminated'],
  ])('%s is not', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('answers SERVICE_UNAVAILABLE with a retry hint, no internals, and logs a warning rather than an error', () => {
    const logged: string[] = [];
    const log = { warn: () => logged.push('warn'), error: () => logged.push('error') };
    const error = new GraphQLError('terminating connection due to administrator command', { originalError: failedQuery(pgError('57P01', 'terminating connection due to administrator command')) });
    expect(formatGraphQLError(error, log as never)).toEqual({
      message: 'The database is not reachable at the moment. Please try again in a few seconds.',
      locations: undefined,
      path: undefined,
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 },
    });
    expect(logged).toEqual(['warn']);
  });
});
