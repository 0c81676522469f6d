import { randomUUID } from 'node:crypto';
import { codes, GqlResult, ownerQuery, PASSWORD, Session, TestApp } from '../support/test-app';

/**
 * Whatever a client sends, the answer is a clear error with a code (naming
 * the field where there is one), never a 500, and nothing is written.
 */

const marker = `bad${randomUUID().slice(0, 8)}`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { accessToken } }`;
const UPDATE_ORG = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`;
const CREATE_DEPT = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`;
const UPDATE_DEPT = `mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id } }`;
const INVITE = `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { token } }`;
const PROFILE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }`;

const signUpAs = (overrides: Record<string, unknown>) => ({
  input: { email: `${marker}.${randomUUID().slice(0, 6)}@example.com`, password: PASSWORD, displayName: 'Someone', ...overrides },
});

interface Case {
  name: string;
  query: string;
  variables?: (admin: Session) => Record<string, unknown>;
  /** a raw request body instead of query and variables */
  rawBody?: string;
  signedIn?: boolean;
  status?: number;
  code?: 'BAD_USER_INPUT' | 'PAYLOAD_TOO_LARGE';
  /** extensions.field, for errors the API raises itself */
  field?: string;
  /** text the message must contain, for errors graphql-js raises (they name the field in the message) */
  mentions?: string;
  problems?: string[];
}

const nested = (depth: number) => {
  let selection = 'id';
  for (let i = 0; i < depth; i++) selection = `manager { department { ${selection} } }`;
  return `{ departments { ${selection} } }`;
};
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: organization { id }`).join(' ')} }`;

const CASES: Case[] = [
  // over-long and control characters
  { name: 'organisation name of 121 characters', query: CREATE_ORG, variables: () => ({ input: { name: 'x'.repeat(121) } }), signedIn: true, field: 'name' },
  { name: 'organisation name of 10,000 characters', query: CREATE_ORG, variables: () => ({ input: { name: 'x'.repeat(10_000) } }), signedIn: true, field: 'name' },
  { name: 'organisation name of blanks only', query: CREATE_ORG, variables: () => ({ input: { name: '   ' } }), signedIn: true, field: 'name' },
  { name: 'organisation name with a bell character', query: CREATE_ORG, variables: () => ({ input: { name: 'Acme\u0007' } }), signedIn: true, field: 'name' },
  { name: 'organisation name with a NUL', query: CREATE_ORG, variables: () => ({ input: { name: 'Ac\u0000me' } }), signedIn: true, field: 'name' },
  { name: 'renamed organisation of 121 characters', query: UPDATE_ORG, variables: () => ({ input: { name: 'y'.repeat(121), version: 1 } }), signedIn: true, field: 'name' },
  { name: 'department name of 121 characters', query: CREATE_DEPT, variables: () => ({ input: { name: 'd'.repeat(121) } }), signedIn: true, field: 'name' },
  // 70 hearts with variation selectors: 140 code points, as PostgreSQL counts them.
  { name: 'department name of 70 emoji with variation selectors', query: CREATE_DEPT, variables: () => ({ input: { name: '❤️'.repeat(70) } }), signedIn: true, field: 'name' },
  { name: 'organisation name of 70 emoji with variation selectors', query: CREATE_ORG, variables: () => ({ input: { name: '❤️'.repeat(70) } }), signedIn: true, field: 'name' },
  { name: 'department name with a line break', query: CREATE_DEPT, variables: () => ({ input: { name: 'Sales\nNorth' } }), signedIn: true, field: 'name' },
  { name: 'display name of 81 characters', query: SIGN_UP, variables: () => signUpAs({ displayName: 'n'.repeat(81) }), field: 'displayName' },
  { name: 'display name of 10,000 characters', query: SIGN_UP, variables: () => signUpAs({ displayName: 'n'.repeat(10_000) }), field: 'displayName' },
  { name: 'display name with an escape sequence', query: SIGN_UP, variables: () => signUpAs({ displayName: 'Mei\u001b[31m' }), field: 'displayName' },
  { name: 'profile display name of 81 characters', query: PROFILE, variables: () => ({ input: { displayName: 'p'.repeat(81) } }), signedIn: true, field: 'displayName' },
  { name: 'profile display name with a tab', query: PROFILE, variables: () => ({ input: { displayName: 'Mei\tLin' } }), signedIn: true, field: 'displayName' },
  { name: 'sign-in email with a NUL', query: SIGN_IN, variables: () => ({ input: { email: `${marker}\u0000@example.com`, password: PASSWORD } }), field: 'email' },
  { name: 'audit entity filter with a NUL', query: `{ auditLog(entity: "dep\\u0000") { nextCursor } }`, signedIn: true, field: 'entity' },

  // malformed emails
  ...[`${marker}-no-at-sign`, `${marker}@`, `@${marker}.example.com`, `two words.${marker}@example.com`, `${'l'.repeat(250)}.${marker}@example.com`].map(
    (email): Case => ({ name: `sign-up email "${email.replace(marker, '…').slice(0, 24)}"`, query: SIGN_UP, variables: () => signUpAs({ email }), field: 'email' }),
  ),
  { name: 'invitation email without a domain', query: INVITE, variables: () => ({ input: { role: 'staff', email: `${marker}@` } }), signedIn: true, field: 'email' },

  // weak passwords: every problem named
  { name: 'password too short', query: SIGN_UP, variables: () => signUpAs({ password: 'ab1!xy' }), field: 'password', problems: ['too_short'] },
  { name: 'password of one kind of character', query: SIGN_UP, variables: () => signUpAs({ password: 'onlylowercaseletters' }), field: 'password', problems: ['too_few_kinds'] },
  { name: 'password from the common list', query: SIGN_UP, variables: () => signUpAs({ password: 'Password123' }), field: 'password', problems: ['too_common'] },
  {
    name: 'password containing the email name',
    query: SIGN_UP,
    variables: () => signUpAs({ email: `${marker}.harbour@example.com`, password: `${marker}.harbour-2027` }),
    field: 'password',
    problems: ['contains_email'],
  },
  { name: 'password of 200 characters', query: SIGN_UP, variables: () => signUpAs({ password: 'aB3$'.repeat(50) }), field: 'password', problems: ['too_long'] },
  { name: 'password of 10,000 characters', query: SIGN_UP, variables: () => signUpAs({ password: 'aB3$'.repeat(2500) }), field: 'password' },

  // the shape of the input
  { name: 'unknown input field in variables', query: CREATE_ORG, variables: () => ({ input: { name: 'Acme', bogus: 1 } }), signedIn: true, status: 400, mentions: 'bogus' },
  { name: 'unknown input field inline', query: `mutation { createOrganization(input: { name: "Acme", owner: "me" }) { accessToken } }`, signedIn: true, status: 400, mentions: 'owner' },
  { name: 'text where a number belongs', query: CREATE_ORG, variables: () => ({ input: { name: 'Acme', fiscalYearStartMonth: 'April' } }), signedIn: true, status: 400, mentions: 'fiscalYearStartMonth' },
  { name: 'number where text belongs', query: CREATE_DEPT, variables: () => ({ input: { name: 42 } }), signedIn: true, status: 400, mentions: 'name' },
  { name: 'role that does not exist', query: INVITE, variables: () => ({ input: { role: 'owner' } }), signedIn: true, status: 400, mentions: 'role' },
  { name: 'missing required field', query: SIGN_UP, variables: () => ({ input: { email: `${marker}@example.com`, password: PASSWORD } }), status: 400, mentions: 'displayName' },

  // ids
  { name: 'id that is not a UUID', query: `mutation { deleteDepartment(id: "abc") { id } }`, signedIn: true, field: 'id' },
  { name: 'organisation id that is not a UUID', query: `mutation { switchOrganization(organizationId: "1") { accessToken } }`, signedIn: true, field: 'organizationId' },
  { name: 'input id that is not a UUID', query: UPDATE_DEPT, variables: () => ({ input: { id: "1' OR '1'='1", version: 1 } }), signedIn: true, field: 'id' },
  { name: 'parent id that is not a UUID', query: CREATE_DEPT, variables: () => ({ input: { name: 'Sales', parentId: 'root' } }), signedIn: true, field: 'parentId' },
  { name: 'invitation token that is cut short', query: `{ invitationPreview(token: "abc") { role } }`, field: 'token' },
  { name: 'version 0', query: UPDATE_ORG, variables: () => ({ input: { name: 'Acme', version: 0 } }), signedIn: true, field: 'version' },

  // organisation settings
  { name: 'currency not offered', query: CREATE_ORG, variables: () => ({ input: { name: 'Acme', currency: 'XYZ' } }), signedIn: true, field: 'currency' },
  { name: 'currency in lower case', query: CREATE_ORG, variables: () => ({ input: { name: 'Acme', currency: 'cny' } }), signedIn: true, field: 'currency' },
  { name: 'currency changed to one not offered', query: UPDATE_ORG, variables: () => ({ input: { currency: 'BTC', version: 1 } }), signedIn: true, field: 'currency' },
  { name: 'fiscal month 0', query: CREATE_ORG, variables: () => ({ input: { name: 'Acme', fiscalYearStartMonth: 0 } }), signedIn: true, field: 'fiscalYearStartMonth' },
  { name: 'fiscal month 13', query: CREATE_ORG, variables: () => ({ input: { name: 'Acme', fiscalYearStartMonth: 13 } }), signedIn: true, field: 'fiscalYearStartMonth' },
  { name: 'fiscal month 1.5', query: CREATE_ORG, variables: () => ({ input: { name: 'Acme', fiscalYearStartMonth: 1.5 } }), signedIn: true, status: 400, mentions: 'fiscalYearStartMonth' },
  { name: 'fiscal month 13 on update', query: UPDATE_ORG, variables: () => ({ input: { fiscalYearStartMonth: 13, version: 1 } }), signedIn: true, field: 'fiscalYearStartMonth' },

  // the request itself
  {
    name: 'a 1 MB body',
    query: '',
    rawBody: JSON.stringify({ query: CREATE_DEPT, variables: { input: { name: 'x'.repeat(1024 * 1024) } } }),
    signedIn: true,
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'a batch of operations',
    query: '',
    rawBody: JSON.stringify([{ query: `mutation { createDepartment(input: { name: "One" }) { id } }` }, { query: `mutation { createDepartment(input: { name: "Two" }) { id } }` }]),
    signedIn: true,
    status: 400,
  },
  { name: 'a body that is not JSON', query: '', rawBody: '{"query": "mutation { createDepartment(input: { name: \\"x\\" }) { id } }"', signedIn: true, status: 400, mentions: 'JSON' },
  { name: 'a query nested deeper than 10', query: nested(5), signedIn: true, status: 400, mentions: 'depth' },
  { name: 'more than 15 aliases', query: aliases(16), signedIn: true, status: 400, mentions: 'Aliases' },
  { name: 'a misspelt field', query: `{ organization { nmae } }`, signedIn: true, status: 400, mentions: 'nmae' },
];

describe('bad input', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Strict Co');
  });
  afterAll(() => t.stop());

  /** Everything the cases could have written: the admin's organisation, account and memberships, and any user of this run. */
  const footprint = async () =>
    (
      await ownerQuery(
        `SELECT (SELECT row_to_json(o)::text FROM organizations o WHERE id = $1) AS organization,
                (SELECT row_to_json(u)::text FROM users u WHERE id = $2) AS account,
                (SELECT count(*)::int FROM memberships WHERE user_id = $2) AS memberships,
                (SELECT count(*)::int FROM departments WHERE org_id = $1) AS departments,
                (SELECT count(*)::int FROM invitations WHERE org_id = $1) AS invitations,
                (SELECT count(*)::int FROM audit_log WHERE org_id = $1) AS audit,
                (SELECT count(*)::int FROM users WHERE position($3 IN email) > 0) AS users`,
        [admin.orgId, admin.userId, marker],
      )
    )[0];

  it('has cases that a valid request would turn into rows', async () => {
    // The footprint notices writes: a good department and a good sign-up both show.
    const before = await footprint();
    await t.createDepartment(admin, 'Counted');
    await t.ok(SIGN_UP, signUpAs({}));
    const after = await footprint();
    expect(after.departments).toBe(before.departments + 1);
    expect(after.users).toBe(before.users + 1);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await footprint();
    const res: GqlResult = await t.gql(c.query, c.variables?.(admin) ?? {}, { token: c.signedIn ? admin.token : undefined, rawBody: c.rawBody });

    expect(res.status).toBe(c.status ?? 200);
    expect(res.data === null || res.data === undefined || Object.values(res.data).every((v) => v === null)).toBe(true);
    expect(codes(res)).toEqual(expect.arrayContaining([c.code ?? 'BAD_USER_INPUT']));
    expect(codes(res)).not.toContain('INTERNAL_SERVER_ERROR');
    const [first] = res.errors ?? [];
    expect(first.message).toEqual(expect.any(String));
    if (c.field) expect(first.extensions?.field).toBe(c.field);
    if (c.mentions) expect(res.errors?.map((e) => e.message).join(' ')).toContain(c.mentions);
    if (c.problems) expect(first.extensions?.problems).toEqual(c.problems);
    expect(await footprint()).toEqual(before);
  });

  it('replaces a client’s request id that is too long or odd rather than failing the write', async () => {
    for (const given of ['r'.repeat(100), 'has spaces and \u00e9', '']) {
      const res = await t.gql(CREATE_DEPT, { input: { name: 'Traced' } }, { token: admin.token, headers: { 'x-request-id': given } });
      expect(res.errors).toBeUndefined();
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      const rows = await ownerQuery(`SELECT 1 FROM audit_log WHERE request_id = $1`, [res.headers['x-request-id']]);
      expect(rows).toHaveLength(1);
    }
    // A well-formed one is kept, so a caller can follow its request through the logs.
    const traced = `trace-${randomUUID()}`;
    const res = await t.gql(CREATE_DEPT, { input: { name: 'Traced' } }, { token: admin.token, headers: { 'x-request-id': traced } });
    expect(res.headers['x-request-id']).toBe(traced);
  });
});
