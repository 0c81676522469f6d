import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { ApiInstance, buildApiCopy, createScratchDatabase, newOrganizationVia } from '../support/api-instances';
import { describeWithRedis, RedisServer, startRedisServer } from '../support/redis-server';
import { EventSubscriber, subscribeToEvents, untilListening } from '../support/event-subscriber';
import { Json, PASSWORD, Session } from '../support/test-app';
import { MIGRATIONS } from '../../src/database/migrations';

const CREATE_DEPARTMENT = `mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

/**
 * Two API processes (the built API, as production runs it) on one PostgreSQL
 * and one Redis: a change made through one reaches subscribers on the other,
 * the sign-in limit counts across both, the daily job runs once whichever
 * instances tick, and both may migrate an empty database at the same time.
 */
describeWithRedis('several API instances on one database and one Redis', () => {
  let redis: RedisServer;
  let db: Awaited<ReturnType<typeof createScratchDatabase>>;
  let build: ReturnType<typeof buildApiCopy>;
  let a: ApiInstance;
  let b: ApiInstance;
  const open: EventSubscriber[] = [];
  const figures = { eventMs: NaN, jobRuns: NaN };

  beforeAll(async () => {
    build = buildApiCopy('multi-instance');
    [redis, db] = await Promise.all([startRedisServer(), createScratchDatabase('instances')]);
    const env = {
      NODE_ENV: 'test',
      OPSPLAN_TEST_HOOKS: 'true',
      DATABASE_URL: db.ownerUrl,
      DATABASE_APP_URL: db.appUrl,
      REDIS_URL: redis.url,
      JWT_SECRET: 'shared-by-every-instance-0123456789abcdef',
    };
    // Both start on the empty database at once: each migrates on start.
    [a, b] = await Promise.all([ApiInstance.start('A', build.main, env), ApiInstance.start('B', build.main, env)]);
  }, 90_000);

  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all([redis?.stop(), db?.drop()]);
    build?.remove();
    if (Number.isFinite(figures.eventMs) && Number.isFinite(figures.jobRuns)) {
      console.log(`instances: event A→B in ${figures.eventMs} ms; overdue job ran ${figures.jobRuns} time across 2 instances`);
    }
  }, 30_000);

  async function owner<T = Json>(text: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: db.ownerUrl });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  function subscribe(via: ApiInstance, who: Session): EventSubscriber {
    const sub = subscribeToEvents(`ws://127.0.0.1:${via.port}/graphql`, { authorization: `Bearer ${who.token}` });
    open.push(sub);
    return sub;
  }

  const department = async (via: ApiInstance, admin: Session, name: string): Promise<string> =>
    (await via.ok(CREATE_DEPARTMENT, { input: { name } }, admin.token)).createDepartment.id;

  /** Listening once a department made through `via` is heard (the instance's Redis SUBSCRIBE is asynchronous too). */
  const listening = (sub: EventSubscriber, via: ApiInstance, admin: Session) =>
    untilListening(sub, () => department(via, admin, `Primer ${randomUUID().slice(0, 6)}`), 200);

  it('migrated the empty database once, though both instances started on it at the same moment', async () => {
    const applied = [...a.logs, ...b.logs].filter((l) => l.msg?.startsWith('migration applied:'));
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(new Set(applied.map((l) => l.msg)).size).toBe(MIGRATIONS.length);
    expect(await Promise.all([a, b].map((i) => i.logged('connected to Redis')))).toEqual([true, true]);
  });

  it('delivers a change made through A to a subscriber on B, once, and to no other organisation', async () => {
    const org = await newOrganizationVia(a, 'Twin Ltd');
    const other = await newOrganizationVia(b, 'Elsewhere Ltd');
    const onB = subscribe(b, org);
    const onA = subscribe(a, org);
    const otherOnB = subscribe(b, other);
    await listening(onB, a, org);
    await listening(onA, a, org);
    await listening(otherOnB, a, other);

    // Ten changes through A, each timed from the request leaving until B's subscriber has it.
    const latencies: number[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const sent = performance.now();
      const id = await department(a, org, `Branch ${i}`);
      ids.push(id);
      expect(await onB.waitFor((events) => events.some((e) => e.entityId === id), 5000)).toBe(true);
      latencies.push((onB.arrivals.get(id) as number) - sent);
    }
    latencies.sort((x, y) => x - y);
    figures.eventMs = Math.round(latencies[5]);
    expect(latencies[9]).toBeLessThan(3000);
    expect(onB.events.find((e) => e.entityId === ids[0])).toEqual({ entity: 'department', entityId: ids[0], action: 'create', actorId: org.userId });

    // And the other way round.
    const fromB = await department(b, org, 'Made on B');
    expect(await onA.waitFor((events) => events.some((e) => e.entityId === fromB))).toBe(true);

    // A's own subscriber heard each change once: Redis's copy of an instance's own event is dropped.
    expect(await onA.waitFor((events) => ids.every((id) => events.some((e) => e.entityId === id)))).toBe(true);
    for (const id of [...ids, fromB]) {
      expect(onA.events.filter((e) => e.entityId === id)).toHaveLength(1);
      expect(onB.events.filter((e) => e.entityId === id)).toHaveLength(1);
    }
    // The other organisation's subscriber on B is live (it heard its own primer) and heard nothing of Twin's.
    const all = new Set([...ids, fromB]);
    expect(otherOnB.events.length).toBeGreaterThan(0);
    expect(otherOnB.events.filter((e) => all.has(e.entityId))).toEqual([]);
    expect([onA.errors, onB.errors, otherOnB.errors]).toEqual([[], [], []]);
  });

  it('ends a subscription on B when the member is deactivated through A', async () => {
    const org = await newOrganizationVia(a, 'Leavers Ltd');
    const email = `leaver.${randomUUID().slice(0, 8)}@example.com`;
    const invited = await a.ok(`mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { token } }`, { input: { role: 'staff' } }, org.token);
    const up = await b.ok(`mutation($input: SignUpInput!) { signUp(input: $input) { accessToken viewer { user { id } } } }`, {
      input: { email, password: PASSWORD, displayName: 'Leaver' },
    });
    const joined = await b.ok(
      `mutation($token: String!) { acceptInvitation(token: $token) { accessToken viewer { membership { id version } } } }`,
      { token: invited.createInvitation.token },
      up.signUp.accessToken,
    );
    const leaver: Session = { token: joined.acceptInvitation.accessToken, userId: up.signUp.viewer.user.id, email, membershipId: joined.acceptInvitation.viewer.membership.id };
    const sub = subscribe(b, leaver);
    const witness = subscribe(b, org);
    await listening(sub, a, org);
    await listening(witness, a, org);

    await a.ok(`mutation($input: UpdateMemberInput!) { updateMember(input: $input) { id active } }`, {
      input: { id: leaver.membershipId, version: joined.acceptInvitation.viewer.membership.version, active: false },
    }, org.token);
    const before = sub.events.length;
    const after = await department(a, org, 'After the leaver left');
    // The witness on B shows the later change did reach B.
    expect(await witness.waitFor((events) => events.some((e) => e.entityId === after))).toBe(true);
    expect(witness.events.some((e) => e.entityId === after)).toBe(true);
    expect(sub.events.slice(before)).toEqual([]);
    expect(sub.completed()).toBe(true);
  });

  it('counts failed sign-ins across instances', async () => {
    const org = await newOrganizationVia(a, 'Guarded Ltd');
    // Five wrong passwords on each instance: neither alone has reached the limit of ten.
    for (let i = 0; i < 10; i++) {
      const res = await (i % 2 ? b : a).gql(SIGN_IN, { input: { email: org.email, password: `wrong-${i}-password` } });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    for (const via of [a, b]) {
      const res = await via.gql(SIGN_IN, { input: { email: org.email, password: PASSWORD } });
      expect(res.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    }
  });

  it('runs the daily overdue reminders once when both instances tick at the same instant', async () => {
    const org = await newOrganizationVia(a, 'Late Twin Ltd');
    const planYear = new Date().getUTCFullYear() + 1;
    const planId = (await a.ok(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { year: planYear, name: `Plan ${planYear}` } }, org.token)).createPlan.id;
    const cycle = (await a.ok(`mutation($input: CreatePlanningCycleInput!) { createPlanningCycle(input: $input) { id version } }`, { input: { planId } }, org.token))
      .createPlanningCycle;
    await b.ok(`mutation($input: UpdatePlanningCycleInput!) { updatePlanningCycle(input: $input) { id } }`, { input: { id: cycle.id, version: cycle.version, leaderId: org.membershipId } }, org.token);
    // Every stage overdue today, whatever today is.
    await owner(`UPDATE cycle_stages SET start_date = current_date - 30, due_date = current_date - 1 WHERE cycle_id = $1`, [cycle.id]);
    const stages = (await owner<{ n: number }>(`SELECT count(*)::int AS n FROM cycle_stages WHERE cycle_id = $1`, [cycle.id]))[0].n;
    const bell = subscribe(b, org);
    await listening(bell, a, org);

    const outcomes = (i: ApiInstance) => i.logs.filter((l) => l.msg?.startsWith('overdue reminders:'));
    const runsPerRound: number[] = [];
    for (let round = 0; round < 3; round++) {
      await owner(`DELETE FROM scheduled_job_runs WHERE run_on = current_date`);
      await owner(`DELETE FROM notifications WHERE kind = 'stage_overdue' AND day = current_date`);
      const before = [outcomes(a).length, outcomes(b).length];
      a.send({ type: 'run-overdue-reminders' });
      b.send({ type: 'run-overdue-reminders' });
      const until = Date.now() + 10_000;
      while ((outcomes(a).length === before[0] || outcomes(b).length === before[1]) && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      const thisRound = [...outcomes(a).slice(before[0]), ...outcomes(b).slice(before[1])];
      expect(thisRound).toHaveLength(2);
      runsPerRound.push(thisRound.filter((l) => l.msg?.startsWith('overdue reminders: sent')).length);
      expect(thisRound.filter((l) => l.msg === 'overdue reminders: today already claimed')).toHaveLength(1);

      const claims = await owner(`SELECT job FROM scheduled_job_runs WHERE run_on = current_date`);
      const reminders = await owner(`SELECT recipient_id, stage_id FROM notifications WHERE org_id = $1 AND kind = 'stage_overdue' AND day = current_date`, [org.orgId]);
      expect(claims).toHaveLength(1);
      // The leader hears about every stage (no stage has a responsible member in a fresh organisation), once.
      expect(reminders).toHaveLength(stages);
    }
    expect(runsPerRound).toEqual([1, 1, 1]);
    figures.jobRuns = Math.max(...runsPerRound);
    // Whichever instance ran it, B's subscriber heard about the new notifications.
    expect(await bell.waitFor((events) => events.some((e) => e.entity === 'notification'))).toBe(true);
  });
});
