/**
 * Whether an error means the database could not be reached or dropped the
 * connection (restarting, a killed backend, refused connections), rather
 * than a mistake in the request or in our code. The caller may simply try
 * again in a moment; a write that failed this way is not applied, except
 * when the connection broke during COMMIT, whose outcome the API cannot know
 * (versioned writes then answer CONFLICT on a retry that would repeat it).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  // TypeORM wraps the driver's error (driverError); Node's connect wraps one per address (AggregateError.errors); anything may carry a cause.
  const seen = new Set<unknown>();
  const pending = [error];
  while (pending.length > 0) {
    const e = pending.pop();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const { code, message, driverError, cause, errors } = e as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || NETWORK_CODES.has(code))) return true;
    if (typeof message === 'string' && DRIVER_MESSAGES.some((m) => message.startsWith(m))) return true;
    pending.push(driverError, cause, ...(Array.isArray(errors) ? errors : []));
  }
  return false;
}

/** How long a client should wait before trying again: about as long as PostgreSQL takes to restart. */
export const RETRY_AFTER_SECONDS = 2;

/** admin_shutdown (a killed backend, a fast or immediate shutdown), crash_shutdown, cannot_connect_now (starting up, shutting down); class 08 is connection_exception. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);

/** node-postgres reports a dropped or unusable connection without a code. */
const DRIVER_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'timeout exceeded when trying to connect',
];
