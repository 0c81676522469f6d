// HTTP load for the benchmark: autocannon against the running API (a
// separate process), with exact latency percentiles from every response and
// GraphQL errors counted as errors even when the status is 200.
import autocannon from 'autocannon';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (x) => Math.round(x * 100) / 100;

/**
 * POSTs GraphQL to `base` from `connections` connections for `seconds`.
 * `operation` is { query, variables } or a function returning one per
 * request; `onData(data, sent)` sees each successful response's data.
 */
export async function graphqlLoad(base, token, operation, { connections = 10, seconds = 5, onData } = {}) {
  const latencies = [];
  let errors = 0;
  const next = typeof operation === 'function' ? operation : () => operation;
  const fixedBody = typeof operation === 'function' ? undefined : JSON.stringify(operation);
  const instance = autocannon({
    url: `${base}/graphql`,
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    requests: [
      {
        method: 'POST',
        setupRequest: (request, context) => {
          if (fixedBody) return { ...request, body: fixedBody };
          context.sent = next();
          return { ...request, body: JSON.stringify(context.sent) };
        },
        onResponse: (status, body, context) => {
          // A GraphQL error answers 200 too: look for the errors key.
          if (status !== 200 || body.includes('"errors":[')) {
            errors += 1;
            return;
          }
          if (onData) onData(JSON.parse(body).data, context.sent);
        },
      },
    ],
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: Math.round(latencies.length / seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    errors: errors + result.errors + result.timeouts,
  };
}
