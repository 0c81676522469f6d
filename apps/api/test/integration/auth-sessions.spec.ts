import { codes, Json, ownerQuery, PASSWORD, TestApp } from '../support/test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken viewer { user { email } organization { id } } } }`;
const REFRESH = `mutation { refreshSession { accessToken viewer { user { id } } } }`;
const VIEWER = `{ viewer { user { id email } organization { id name } permissions } }`;

describe('sign-up, sign-in and refresh-token rotation', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.stop());

  it('signs up, stores only an argon2id hash, and answers the viewer', async () => {
    const s = await t.signUp('Mei');
    const [row] = await ownerQuery(`SELECT password_hash FROM users WHERE id = $1`, [s.userId]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
    const data = await t.ok(VIEWER, {}, s.token);
    expect(data.viewer.user.email).toBe(s.email);
    expect(data.viewer.organization).toBeNull();
    expect(data.viewer.permissions).toEqual([]);
  });

  it('refuses a second account for the same email in any letter case', async () => {
    const s = await t.signUp('Dup');
    const res = await t.gql(`mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
      i: { email: s.email.toUpperCase(), password: PASSWORD, displayName: 'Dup 2' },
    });
    expect(codes(res)).toEqual(['CONFLICT']);
    expect(res.errors?.[0].extensions?.field).toBe('email');
    const rows = await ownerQuery(`SELECT 1 FROM users WHERE email = $1`, [s.email]);
    expect(rows).toHaveLength(1);
  });

  it('signs in with the right password and not with a wrong one', async () => {
    const s = await t.signUp('Lin');
    const good = await t.gql(SIGN_IN, { input: { email: s.email, password: PASSWORD } });
    expect(good.data?.signIn).toBeTruthy();
    expect(good.cookie).toMatch(/^opsplan_rt=/);
    const bad = await t.gql(SIGN_IN, { input: { email: s.email, password: 'wrong-password-1' } });
    expect(codes(bad)).toEqual(['UNAUTHENTICATED']);
    const unknown = await t.gql(SIGN_IN, { input: { email: 'nobody@example.com', password: PASSWORD } });
    expect(unknown.errors?.[0].message).toBe(bad.errors?.[0].message);
  });

  it('rotates the refresh token on every use and revokes the family when an old one is reused', async () => {
    const s = await t.signUp('Rotor');
    const first = await t.gql(REFRESH, {}, { cookie: s.cookie });
    expect(first.errors).toBeUndefined();
    expect(first.cookie).toBeDefined();
    expect(first.cookie).not.toBe(s.cookie);

    const second = await t.gql<Json>(REFRESH, {}, { cookie: first.cookie });
    expect(second.errors).toBeUndefined();

    // Replaying the first cookie (already spent) is what a thief would do.
    const replay = await t.gql(REFRESH, {}, { cookie: first.cookie });
    expect(codes(replay)).toEqual(['UNAUTHENTICATED']);

    // The whole family is gone: the newest token and the access tokens too.
    const afterReuse = await t.gql(REFRESH, {}, { cookie: second.cookie });
    expect(codes(afterReuse)).toEqual(['UNAUTHENTICATED']);
    const viewer = await t.gql(VIEWER, {}, { token: second.data?.refreshSession.accessToken });
    expect(codes(viewer)).toEqual(['UNAUTHENTICATED']);
    const [family] = await ownerQuery(`SELECT revoked_reason FROM session_families WHERE user_id = $1`, [s.userId]);
    expect(family.revoked_reason).toBe('refresh_token_reuse');
  });

  it('ends the session on sign-out', async () => {
    const s = await t.signUp('Leaver');
    const out = await t.gql(`mutation { signOut }`, {}, { token: s.token, cookie: s.cookie });
    expect(out.data).toEqual({ signOut: true });
    expect(codes(await t.gql(VIEWER, {}, { token: s.token }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await t.gql(REFRESH, {}, { cookie: s.cookie }))).toEqual(['UNAUTHENTICATED']);
  });

  it('rejects forged, expired and foreign tokens as UNAUTHENTICATED', async () => {
    const s = await t.signUp('Forger');
    const [h, p] = s.token.split('.');
    for (const token of [`${h}.${p}.forged-signature`, 'not-a-token', s.token + 'x']) {
      expect(codes(await t.gql(VIEWER, {}, { token }))).toEqual(['UNAUTHENTICATED']);
    }
    const expiredApp = await TestApp.start({ ACCESS_TOKEN_TTL_SECONDS: '-10' });
    try {
      const e = await expiredApp.signUp('Expired');
      expect(codes(await expiredApp.gql(VIEWER, {}, { token: e.token }))).toEqual(['UNAUTHENTICATED']);
    } finally {
      await expiredApp.stop();
    }
  });

  it('rate-limits repeated failed sign-ins for one address', async () => {
    const s = await t.signUp('Target');
    const results: (string | undefined)[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await t.gql(SIGN_IN, { input: { email: s.email, password: `wrong-${i}-password` } }, { headers: { 'x-forwarded-for': `10.0.0.${i}` } });
      results.push(codes(res)[0]);
    }
    expect(results.slice(0, 10).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(results.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // even the right password waits out the window
    const right = await t.gql(SIGN_IN, { input: { email: s.email, password: PASSWORD } });
    expect(codes(right)).toEqual(['RATE_LIMITED']);
  });
});
