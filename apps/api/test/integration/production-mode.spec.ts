import { codes, Json, TestApp } from '../support/test-app';

const INTROSPECTION = `{ __schema { queryType { name } types { name } } }`;
const MISSPELT = `{ organization { nmae } }`;

/** What changes when the API runs with NODE_ENV=production. */
describe('running in production', () => {
  let prod: TestApp;
  let dev: TestApp;

  beforeAll(async () => {
    [prod, dev] = await Promise.all([TestApp.start({ NODE_ENV: 'production' }), TestApp.start()]);
  });
  afterAll(() => Promise.all([prod.stop(), dev.stop()]));

  it('refuses to start without a long enough JWT secret', () => {
    return expect(TestApp.start({ NODE_ENV: 'production', JWT_SECRET: 'too-short' })).rejects.toThrow('JWT_SECRET must be at least 32 characters.');
  });

  it('rejects introspection, which development allows', async () => {
    const res = await prod.gql(INTROSPECTION);
    expect(res.status).toBe(400);
    expect(res.data).toBeNull();
    expect(codes(res)).toContain('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/introspection has been disabled/);
    expect(codes(await prod.gql(`{ __type(name: "Member") { fields { name } } }`))).toContain('BAD_USER_INPUT');

    const allowed = await dev.gql<Json>(INTROSPECTION);
    expect(allowed.data.__schema.queryType.name).toBe('Query');
  });

  it('names a misspelt field without suggesting what the schema holds', async () => {
    const admin = await prod.newOrganization('Prod Co');
    const res = await prod.gql(MISSPELT, {}, { token: admin.token });
    expect(codes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].message).toBe('Cannot query field "nmae" on type "Organization".');
    const enumTypo = await prod.gql(`mutation { createInvitation(input: { role: admn }) { token } }`, {}, { token: admin.token });
    expect(enumTypo.errors?.map((e) => e.message).join(' ')).not.toMatch(/did you mean/i);

    // Development does suggest, so the check above is not vacuous.
    const hint = await dev.gql(MISSPELT);
    expect(hint.errors?.[0].message).toMatch(/Did you mean "name"\?$/);
  });

  it('answers /health with the database up', async () => {
    const res = await prod.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok', redis: 'not-configured' });
  });

  it('exposes request durations on /metrics', async () => {
    await prod.app.inject({ method: 'GET', url: '/health' });
    await prod.gql(`{ viewer { user { id } } }`); // UNAUTHENTICATED
    const res = await prod.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.body).toContain('# TYPE opsplan_http_request_duration_seconds histogram');
    expect(res.body).toMatch(/opsplan_http_request_duration_seconds_count\{method="GET",route="\/health",status="200"\} [1-9]/);
    expect(res.body).toMatch(/opsplan_graphql_errors_total\{code="UNAUTHENTICATED"\} [1-9]/);
  });
});
