import { Client } from 'pg';
import { APP_DB_ROLE, withCredentials } from '../../src/config/app-config';
import { migrateDatabase } from '../../src/database/bootstrap';
import { DEMO_PASSWORD, DEMO_PEOPLE, seedDemo } from '../../src/tools/seed-demo';
import { Json, TestApp } from '../support/test-app';

/** The demo organisation `npm start` creates on an empty database. */
describe('the demo organisation', () => {
  const dbName = `opsplan_seed_${Date.now()}`;
  let ownerUrl: string;
  let t: TestApp;

  beforeAll(async () => {
    const server = new Client({ connectionString: process.env.OPSPLAN_TEST_SERVER_URL });
    await server.connect();
    await server.query(`CREATE DATABASE ${dbName}`);
    await server.end();
    const url = new URL(process.env.OPSPLAN_TEST_SERVER_URL as string);
    url.pathname = `/${dbName}`;
    ownerUrl = url.toString();
    const appUrl = withCredentials(ownerUrl, APP_DB_ROLE, 'opsplan-app-test');
    await migrateDatabase(ownerUrl, appUrl);
    t = await TestApp.start({ DATABASE_URL: ownerUrl, DATABASE_APP_URL: appUrl });
  });
  afterAll(async () => {
    await t?.stop();
    const server = new Client({ connectionString: process.env.OPSPLAN_TEST_SERVER_URL });
    await server.connect();
    await server.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await server.end();
  });

  it('is created once, and not again when data exists', async () => {
    expect(await seedDemo(ownerUrl)).toBe(true);
    expect(await seedDemo(ownerUrl)).toBe(false);
  });

  it('lets every demo person sign in with the printed password, in their role', async () => {
    for (const person of DEMO_PEOPLE) {
      const res = await t.gql<Json>(
        `mutation($i: SignInInput!) { signIn(input: $i) { viewer { organization { name } membership { role department { name } } } } }`,
        { i: { email: person.email, password: DEMO_PASSWORD } },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.signIn.viewer.membership.role).toBe(person.role);
      expect(res.data.signIn.viewer.organization.name).toContain('Xinghai');
    }
  });

  it('lays out the departments of an annual-planning organisation, each manager in place', async () => {
    const admin = DEMO_PEOPLE.find((p) => p.role === 'admin');
    const signIn = await t.gql<Json>(`mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, {
      i: { email: admin?.email, password: DEMO_PASSWORD },
    });
    const data = await t.ok(`{ departments { name parentId manager { user { email } } } }`, {}, signIn.data.signIn.accessToken);
    const names = data.departments.map((d: Json) => d.name);
    expect(names).toEqual(expect.arrayContaining(['总裁办 President’s office', '销售中心 Sales center', '财务中心 Finance center', '人力资源部 HR department']));
    expect(data.departments).toHaveLength(7);
    const sales = data.departments.find((d: Json) => d.name.includes('Sales'));
    expect(sales.manager.user.email).toBe('sales.manager@demo.opsplan.dev');
  });

  it('is never seeded in production', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(seedDemo(ownerUrl)).rejects.toThrow(/never seeded in production/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
