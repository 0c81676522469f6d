import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { getIntrospectionQuery, GraphQLField, GraphQLSchema } from 'graphql';
import { codes, GqlResult, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { buildOrgWorld, changedTables, closeOwnerSql, Footprint, OrgWorld } from '../support/org-world';
import { BASELINES, baselineContext } from '../support/mutation-baselines';
import { documentFor, liveSchema } from '../support/operation-filler';
import { send, Tally } from '../support/hostile-values';
import { QUERY_LIMITS } from '../../src/graphql-config';

/**
 * Hostile requests rather than hostile values: oversized and malformed
 * bodies, deep and wide queries, batches, introspection in production,
 * forged and expired tokens, and a replayed refresh token. Each must be
 * refused with a clear, typed error (never a 500), write nothing, and leave
 * the API answering.
 */

const SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
const MB = 1024 * 1024;
const REFRESH = `mutation { refreshSession { accessToken } }`;
const VIEWER = `{ viewer { user { id } } }`;
const CREATE_DEPARTMENT = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`;

const CATEGORIES = [
  'large bodies',
  'malformed requests',
  'deep queries',
  'aliases and query cost',
  'batched operations',
  'introspection in production',
  'forged tokens',
  'expired tokens',
  'refresh-token reuse',
] as const;
type Category = (typeof CATEGORIES)[number];

/** departments { manager { department { … id } } }, `depth` levels of fields deep. */
const deepSelection = (depth: number) => {
  let selection = 'id';
  for (let i = 0; i < (depth - 2) / 2; i++) selection = `manager { department { ${selection} } }`;
  return `departments { ${selection} }`;
};
const nested = (depth: number) => `{ ${deepSelection(depth)} }`;
/** The same chain with every scalar at every level: within the depth limit, but costly. */
const wideSelection = () => {
  const department = 'id isHr memberCount name parentId sortOrder version';
  let selection = department;
  for (let i = 0; i < 4; i++) selection = `${department} manager { id active joinedAt role version user { id displayName } department { ${selection} } }`;
  return `departments { ${selection} }`;
};
/** The same depth reached through fragments, which a naive depth count would miss. */
const nestedThroughFragments = (depth: number) => {
  const names = Array.from({ length: depth / 2 }, (_, i) => `F${i}`);
  const fragments = names.map((name, i) => `fragment ${name} on Department { manager { department { ${i + 1 < names.length ? `...${names[i + 1]}` : 'id'} } } }`);
  return `{ departments { ...F0 } } ${fragments.join(' ')}`;
};
/** `mutation { createDepartment(input: { name: "AST" }) { id } }` as JSON: mercurius would run it, skipping the parser. */
const handMadeAst = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createDepartment' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'ObjectValue', fields: [{ kind: 'ObjectField', name: { kind: 'Name', value: 'name' }, value: { kind: 'StringValue', value: 'AST' } }] } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
};
const aliases = (n: number, field = 'organization { id }') => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('hostile requests', () => {
  let t: TestApp;
  let prod: TestApp;
  let schema: GraphQLSchema;
  let w: OrgWorld;
  let footprint: Footprint;
  const tally = new Tally<Category>();
  const { wrongs } = tally;

  beforeAll(async () => {
    [t, prod] = await Promise.all([TestApp.start(), TestApp.start({ NODE_ENV: 'production' })]);
    schema = liveSchema(t);
    footprint = new Footprint(`hostilereq${randomUUID().slice(0, 8)}`);
    await footprint.init();
    w = await buildOrgWorld(t, 'Hostile requests');
    footprint.watch(w);
  }, 60_000);
  afterAll(async () => {
    const lines = tally.report('requests');
    if (lines.length) console.log(lines.join('\n'));
    await Promise.all([t?.stop(), prod?.stop()]);
    await closeOwnerSql();
  });

  /** A refusal as it should be: a 4xx (or a GraphQL error with 200), every error typed, one of the expected codes, nothing written. */
  function judge(res: GqlResult<Json>, expected: string[], status?: number[]): string | null {
    if (res.status >= 500) return `HTTP ${res.status}`;
    if (status && !status.includes(res.status)) return `HTTP ${res.status}, expected ${status.join(' or ')}`;
    const got = codes(res);
    if (got.length === 0) return `accepted: ${JSON.stringify(res.data).slice(0, 120)}`;
    if (got.some((c) => typeof c !== 'string' || c === 'INTERNAL_SERVER_ERROR')) return `untyped error ${JSON.stringify(res.errors?.[0])}`;
    if (!got.every((c) => expected.includes(c as string))) return `codes ${got.join(', ')}, expected ${expected.join(' or ')}`;
    if (Object.values(res.data ?? {}).some((v) => v !== null)) return 'answered with data as well';
    return null;
  }

  /**
   * Runs refused requests and checks that, together, they wrote nothing: a
   * write always leaves a trace in the footprint (a row count or a newer
   * writer), which no later refusal can undo.
   */
  async function nothingWritten(category: Category, work: () => Promise<void>): Promise<void> {
    const before = await footprint.take();
    await work();
    const after = await footprint.take();
    const changed = changedTables(before.digests, after.digests);
    if (changed.length) tally.wrong(category, `refused requests wrote ${changed.join(', ')}`);
  }

  /** The API still answers after a request: no crash, no wedged connection pool. */
  async function stillAnswers(app: TestApp, session: Session): Promise<string | null> {
    const res = await app.gql<Json>(VIEWER, {}, { token: session.token });
    return res.data?.viewer?.user?.id === session.userId ? null : `the API stopped answering: ${res.status} ${JSON.stringify(res.errors)}`;
  }

  it('refuses 1 MB and 10 MB bodies and malformed requests with a typed error, and keeps answering', async () => {
    const start = wrongs.length;
    const big = (bytes: number) => JSON.stringify({ query: CREATE_DEPARTMENT, variables: { input: { name: 'x'.repeat(bytes) } } });
    const bodies: [Category, string, string, string[], number[], Record<string, string>?][] = [
      ['large bodies', 'a 1 MB variable', big(MB), ['PAYLOAD_TOO_LARGE'], [413]],
      ['large bodies', 'a 10 MB variable', big(10 * MB), ['PAYLOAD_TOO_LARGE'], [413]],
      ['large bodies', 'a 1 MB query document', JSON.stringify({ query: `mutation { createDepartment(input: { name: "${'y'.repeat(MB)}" }) { id } }` }), ['PAYLOAD_TOO_LARGE'], [413]],
      ['large bodies', 'a 10 MB body that is not JSON', 'z'.repeat(10 * MB), ['PAYLOAD_TOO_LARGE', 'BAD_USER_INPUT'], [400, 413]],
      ['large bodies', '10,000 list items', JSON.stringify({ query: `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, variables: { ids: Array(10_000).fill(w.ids.notification) } }), ['BAD_USER_INPUT', 'NOT_FOUND', 'PAYLOAD_TOO_LARGE'], [200, 400, 413]],
      ['malformed requests', 'JSON nested 100,000 deep', `{"query":"mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }","variables":{"ids":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`, ['BAD_USER_INPUT'], [400]],
      ['malformed requests', 'a body that is not JSON', '{"query": "mutation { createDepartment(input: { name: \\"x\\" }) { id } }"', ['BAD_USER_INPUT'], [400]],
      ['malformed requests', 'an empty body', '', ['BAD_USER_INPUT'], [400]],
      ['malformed requests', 'a query that is a number', JSON.stringify({ query: 42 }), ['BAD_USER_INPUT'], [400]],
      ['malformed requests', 'a query of "42"', JSON.stringify({ query: '42' }), ['BAD_USER_INPUT'], [400]],
      ['malformed requests', 'a query that is an object', JSON.stringify({ query: { kind: 'Document' } }), ['BAD_USER_INPUT'], [400]],
      ['malformed requests', 'a hand-made AST as the query', JSON.stringify({ query: JSON.stringify(handMadeAst) }), ['BAD_USER_INPUT'], [400]],
      ['malformed requests', 'a broken AST as the query', JSON.stringify({ query: JSON.stringify({ kind: 'Document', definitions: [{ kind: 'OperationDefinition' }] }) }), ['BAD_USER_INPUT'], [400]],
      ['malformed requests', 'variables that are a string', JSON.stringify({ query: CREATE_DEPARTMENT, variables: '{"input":{"name":"x"}}' }), ['BAD_USER_INPUT'], [400]],
      ['malformed requests', 'an operation name that names nothing', JSON.stringify({ query: CREATE_DEPARTMENT, variables: { input: { name: 'x' } }, operationName: 'Other' }), ['BAD_USER_INPUT'], [400]],
      ['malformed requests', 'two operations and no name', JSON.stringify({ query: `mutation A { a: createDepartment(input: { name: "a" }) { id } } mutation B { b: createDepartment(input: { name: "b" }) { id } }` }), ['BAD_USER_INPUT'], [400]],
      ['malformed requests', 'a lone surrogate in the query text', JSON.stringify({ query: `mutation { createDepartment(input: { name: "\uD800" }) { id } }` }), ['BAD_USER_INPUT'], [400]],
      // GraphQL strings may hold any scalar value; the argument check refuses it (an execution error: HTTP 200).
      ['malformed requests', 'a NUL in the query text', JSON.stringify({ query: `mutation { createDepartment(input: { name: "a\u0000b" }) { id } }` }), ['BAD_USER_INPUT'], [200, 400]],
      ['malformed requests', 'text/plain', JSON.stringify({ query: CREATE_DEPARTMENT, variables: { input: { name: 'x' } } }), ['BAD_USER_INPUT'], [400, 415], { 'content-type': 'text/plain' }],
    ];
    await nothingWritten('large bodies', async () => {
      for (const [category, name, body, expected, status, headers] of bodies) {
        const res = await t.gql('', {}, { token: w.roles.admin.token, rawBody: body, headers });
        tally.count(category, judge(res, expected, status) ?? (await stillAnswers(t, w.roles.admin)), name);
      }
      // A mutation sent by GET (a link a victim could be made to follow) does not run.
      const url = `/graphql?query=${encodeURIComponent(`mutation { createDepartment(input: { name: "by link" }) { id } }`)}`;
      const res = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${w.roles.admin.token}` } });
      const body = res.body ? JSON.parse(res.body) : {};
      tally.count('malformed requests', judge({ status: res.statusCode, data: body.data ?? null, errors: body.errors, cookie: undefined, headers: {} }, ['BAD_USER_INPUT', 'FORBIDDEN'], [400, 405]), 'a mutation by GET');
    });
    expect(wrongs.slice(start)).toEqual([]);
  });

  it('refuses queries past the depth, alias and cost limits before running them', async () => {
    const start = wrongs.length;
    const depth = QUERY_LIMITS.depth;
    // Within the depth limit, but 14 of these (within the alias limit) cost more than the cost limit allows.
    const wide = wideSelection();
    const cases: [Category, string, string, RegExp][] = [
      ['deep queries', 'a query nested 50 deep', nested(50), /depth limit/i],
      ['deep queries', `a query nested ${depth + 2} deep`, nested(depth + 2), /depth limit/i],
      ['deep queries', 'a query nested 50 deep through fragments', nestedThroughFragments(50), /depth limit/i],
      ['deep queries', 'a query nested 500 deep', nested(500), /depth limit/i],
      ['aliases and query cost', '1,000 aliases', aliases(1000), /aliases limit/i],
      ['aliases and query cost', `${QUERY_LIMITS.aliases + 1} aliases`, aliases(QUERY_LIMITS.aliases + 1), /aliases limit/i],
      ['aliases and query cost', '1,000 aliases of __typename', aliases(1000, '__typename'), /aliases limit/i],
      ['aliases and query cost', '1,000 aliased mutations', `mutation ${aliases(1000, 'createDepartment(input: { name: "Alias" }) { id }')}`, /aliases limit/i],
      ['aliases and query cost', '1,000 aliases inside a fragment', `{ ...A } fragment A on Query { ${Array.from({ length: 1000 }, (_, i) => `f${i}: plans { id }`).join(' ')} }`, /aliases limit/i],
      ['aliases and query cost', `${QUERY_LIMITS.aliases - 1} wide and deep lists`, `{ ${Array.from({ length: QUERY_LIMITS.aliases - 1 }, (_, i) => `d${i}: ${wide}`).join(' ')} }`, /cost limit/i],
    ];
    await nothingWritten('aliases and query cost', async () => {
      for (const [category, name, query, mentions] of cases) {
        const res = await t.gql(query, {}, { token: w.roles.admin.token });
        const named = res.errors?.some((e) => mentions.test(e.message)) ? null : `refused for another reason: ${res.errors?.[0]?.message}`;
        tally.count(category, judge(res, ['BAD_USER_INPUT'], [400]) ?? named ?? (await stillAnswers(t, w.roles.admin)), name);
      }
      // Each limit lets through what is just within it.
      for (const query of [nested(depth), aliases(QUERY_LIMITS.aliases), `{ ${wide} }`]) {
        const res = await t.gql(query, {}, { token: w.roles.admin.token });
        expect({ query: query.slice(0, 60), errors: res.errors }).toEqual({ query: query.slice(0, 60), errors: undefined });
      }
    });
    expect(wrongs.slice(start)).toEqual([]);
  });

  it('refuses batched operations without running any of them', async () => {
    const start = wrongs.length;
    const op = (name: string) => ({ query: `mutation { createDepartment(input: { name: "${name}" }) { id } }` });
    const batches: [string, unknown][] = [
      ['a batch of two mutations', [op('One'), op('Two')]],
      ['a batch of 1,000 mutations', Array.from({ length: 1000 }, (_, i) => op(`Batch ${i}`))],
      ['a batch of one mutation', [op('Alone')]],
      ['an empty batch', []],
      ['a batch of queries', Array.from({ length: 50 }, () => ({ query: VIEWER }))],
    ];
    await nothingWritten('batched operations', async () => {
      for (const [name, body] of batches) {
        const res = await t.gql('', {}, { token: w.roles.admin.token, rawBody: JSON.stringify(body) });
        tally.count('batched operations', judge(res, ['BAD_USER_INPUT'], [400]), name);
      }
    });
    expect(wrongs.slice(start)).toEqual([]);
  });

  it('refuses introspection in production, however it is asked for', async () => {
    const start = wrongs.length;
    const admin = await prod.newOrganization('Hostile prod');
    const asks: [string, string][] = [
      ['the full introspection query', getIntrospectionQuery()],
      ['__schema', `{ __schema { types { name } } }`],
      ['__type', `{ __type(name: "Budget") { fields { name } } }`],
      ['__schema under an alias', `{ s: __schema { queryType { name } } }`],
      ['__type inside a fragment', `{ ...F } fragment F on Query { __type(name: "Member") { name } }`],
      ['__schema next to a real field', `{ viewer { user { id } } __schema { types { name } } }`],
      ['__schema in a mutation', `mutation { signOut __schema { types { name } } }`],
    ];
    for (const [name, query] of asks) {
      for (const token of [undefined, admin.token]) {
        const res = await prod.gql(query, {}, { token });
        tally.count('introspection in production', judge(res, ['BAD_USER_INPUT'], [400]), `${name}${token ? ' (signed in)' : ''}`);
      }
    }
    // __typename is not introspection: clients rely on it.
    expect((await prod.gql<Json>(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
    expect(wrongs.slice(start)).toEqual([]);
  });

  /** Tokens that must never be taken for the admin's, with why. */
  function forgedTokens(): [Category, string, string][] {
    const real = w.roles.admin.token;
    const claims = jwt.decode(real) as { sub: string; sid: string; org: string };
    const [header, payload, signature] = real.split('.');
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const sign = (body: object, secret = SECRET, options: jwt.SignOptions = {}) =>
      jwt.sign(body, secret, { algorithm: 'HS256', issuer: 'opsplan', ...('exp' in body ? {} : { expiresIn: 600 }), ...options });
    const flipped = signature.slice(0, -2) + (signature.slice(-2) === 'AA' ? 'BB' : 'AA');
    return [
      ['forged tokens', 'a changed signature', `${header}.${payload}.${flipped}`],
      ['forged tokens', 'alg none', `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`],
      ['forged tokens', 'alg none, upper case', `${b64({ alg: 'NONE', typ: 'JWT' })}.${payload}.`],
      ['forged tokens', 'another secret', sign({ sid: claims.sid, org: claims.org }, 'another-secret-that-is-also-long-enough-0123', { subject: claims.sub })],
      ['forged tokens', 'HS512 with the right secret', sign({ sid: claims.sid, org: claims.org }, SECRET, { subject: claims.sub, algorithm: 'HS512' })],
      ['forged tokens', 'another issuer', sign({ sid: claims.sid, org: claims.org }, SECRET, { subject: claims.sub, issuer: 'someone-else' })],
      ['forged tokens', 'a subject that is no id', sign({ sid: claims.sid, org: claims.org }, SECRET, { subject: "' OR '1'='1" })],
      ['forged tokens', 'a session that is no id', sign({ sid: 'not-a-uuid', org: claims.org }, SECRET, { subject: claims.sub })],
      ['forged tokens', 'an organisation that is no id', sign({ sid: claims.sid, org: '%_\\' }, SECRET, { subject: claims.sub })],
      ['forged tokens', 'another user’s session', sign({ sid: claims.sid, org: claims.org }, SECRET, { subject: w.roles.staff.userId })],
      ['forged tokens', 'a session that does not exist', sign({ sid: randomUUID(), org: claims.org }, SECRET, { subject: claims.sub })],
      ['forged tokens', 'the payload swapped for the staff member’s', `${header}.${w.roles.staff.token.split('.')[1]}.${signature}`],
      ['forged tokens', 'not a token', 'not-a-token'],
      ['forged tokens', '100 KB of token', 'a'.repeat(100 * 1024)],
      ['expired tokens', 'expired ten seconds ago', sign({ sid: claims.sid, org: claims.org, exp: Math.floor(Date.now() / 1000) - 10 }, SECRET, { subject: claims.sub })],
      ['expired tokens', 'not valid for another hour', sign({ sid: claims.sid, org: claims.org }, SECRET, { subject: claims.sub, notBefore: 3600 })],
      ['expired tokens', 'expired a year ago', sign({ sid: claims.sid, org: claims.org, exp: Math.floor(Date.now() / 1000) - 365 * 86400 }, SECRET, { subject: claims.sub })],
    ];
  }

  it('refuses forged and expired tokens on every operation that needs a caller, writing nothing', async () => {
    const start = wrongs.length;
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const protectedOps: { op: GraphQLField<unknown, unknown>; args: Record<string, unknown> }[] = [];
    for (const op of mutations) {
      const c = baselineContext(t, w, footprint);
      const args = BASELINES[op.name] ? await BASELINES[op.name].args(c) : {};
      // Operations open to anyone (sign-up, sign-in, refresh) ignore a stale token by design; the rest need a caller.
      const anonymous = await send(t, documentFor('mutation', op), args, undefined);
      if (codes(anonymous).includes('UNAUTHENTICATED')) protectedOps.push({ op, args });
      else if (!anonymous.errors?.length && !['signUp', 'signIn', 'signOut'].includes(op.name)) {
        wrongs.push(`forged tokens: ${op.name} ran without a caller`);
      }
    }
    expect(protectedOps.length).toBeGreaterThan(45);
    const requests = [...protectedOps.map(({ op, args }) => ({ document: documentFor('mutation', op), args, name: op.name })), { document: VIEWER, args: {}, name: 'viewer' }];
    await nothingWritten('forged tokens', async () => {
      for (const [category, name, token] of forgedTokens()) {
        for (const request of requests) {
          const res = await send(t, request.document, request.args, token);
          tally.count(category, judge(res, ['UNAUTHENTICATED']), `${name} → ${request.name}`);
        }
      }
    });
    expect(wrongs.slice(start)).toEqual([]);
  });

  it('refuses a reused refresh token and ends its whole session family', async () => {
    const start = wrongs.length;
    const check = (name: string, reason: string | null) => tally.count('refresh-token reuse', reason, name);

    // Rotation, then the spent cookie replayed.
    const s = await t.signUp('Rotating');
    const first = await t.gql<Json>(REFRESH, {}, { cookie: s.cookie });
    const second = await t.gql<Json>(REFRESH, {}, { cookie: first.cookie });
    expect([first.errors, second.errors]).toEqual([undefined, undefined]);
    check('the first cookie replayed', judge(await t.gql(REFRESH, {}, { cookie: first.cookie }), ['UNAUTHENTICATED']));
    check('the newest cookie after the replay', judge(await t.gql(REFRESH, {}, { cookie: second.cookie }), ['UNAUTHENTICATED']));
    check('an access token of the family after the replay', judge(await t.gql(VIEWER, {}, { token: second.data.refreshSession.accessToken }), ['UNAUTHENTICATED']));
    const [family] = await ownerQuery(`SELECT revoked_reason FROM session_families WHERE user_id = $1`, [s.userId]);
    check('the family is marked as revoked for reuse', family.revoked_reason === 'refresh_token_reuse' ? null : `revoked_reason ${family.revoked_reason}`);

    // The same cookie twice at once: at most one wins, and the loser ends the family.
    const racer = await t.signUp('Racing');
    const raced = await Promise.all([t.gql<Json>(REFRESH, {}, { cookie: racer.cookie }), t.gql<Json>(REFRESH, {}, { cookie: racer.cookie })]);
    const winners = raced.filter((r) => !r.errors);
    check('one cookie used twice at once', winners.length <= 1 ? null : 'both uses got a new session');
    for (const r of raced.filter((x) => x.errors)) check('the losing use', judge(r, ['UNAUTHENTICATED']));
    if (winners[0]) check('the winner’s cookie after the race', judge(await t.gql(REFRESH, {}, { cookie: winners[0].cookie }), ['UNAUTHENTICATED']));

    // Cookies that were never issued, or belong to an ended session.
    const ended = await t.signUp('Leaving');
    await t.gql(`mutation { signOut }`, {}, { token: ended.token, cookie: ended.cookie });
    const cookies: [string, string][] = [
      ['a signed-out session’s cookie', ended.cookie!],
      ['a made-up cookie', `opsplan_rt=${Buffer.from(randomUUID()).toString('base64url')}`],
      ['an empty cookie', 'opsplan_rt='],
      ['a 10 KB cookie', `opsplan_rt=${'r'.repeat(10 * 1024)}`],
      ['a cookie of SQL', `opsplan_rt=${encodeURIComponent("' OR '1'='1")}`],
      ['an access token as the cookie', `opsplan_rt=${s.token}`],
    ];
    await nothingWritten('refresh-token reuse', async () => {
      for (const [name, cookie] of cookies) check(name, judge(await t.gql(REFRESH, {}, { cookie }), ['UNAUTHENTICATED']));
    });
    expect(wrongs.slice(start)).toEqual([]);
  });

  // Last, after the others: a category no test reached would print nothing and prove nothing.
  it('has tried requests of every category', () => {
    expect({ untried: tally.untried(CATEGORIES) }).toEqual({ untried: [] });
  });
});
