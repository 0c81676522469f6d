import type { FastifyReply } from 'fastify';
import { AppError } from '../errors/app-error';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../errors/database-unavailable';

/** HTTP statuses of the error codes a plain HTTP route (a PDF, a workbook) may answer. */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BUDGET_LOCKED: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * Runs a plain HTTP route's work (the letter PDFs, the budget workbooks) and
 * answers its failure as GraphQL does, as `{ error: { code, message } }`:
 * an AppError with its code's status (and Retry-After when it says when to
 * try again); the database out of reach (restarting,
 * a dropped connection) with 503, SERVICE_UNAVAILABLE and Retry-After, so a
 * download during a restart says to try again rather than fail as a 500.
 * Anything else is ours, and goes on to Nest's 500.
 */
export async function answerFile(reply: FastifyReply, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof AppError) {
      const retryAfter = error.extensions['retryAfterSeconds'];
      if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
      await reply.code(STATUS[error.code] ?? 400).send({ error: { code: error.code, message: error.message } });
      return;
    }
    if (isDatabaseUnavailable(error)) {
      reply.log.warn({ err: error }, 'database unavailable while answering a file request');
      await reply
        .code(503)
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({ error: { code: 'SERVICE_UNAVAILABLE', message: 'The database is not reachable at the moment. Please try again in a few seconds.' } });
      return;
    }
    throw error;
  }
}
