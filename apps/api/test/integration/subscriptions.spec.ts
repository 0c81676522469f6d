import type { EventEmitter } from 'node:events';
import { OrganizationEvents } from '../../src/modules/events/organization-events.service';
import { codes, Session, TestApp } from '../support/test-app';
import { createNode, createPlan, UPDATE_PROGRESS } from '../support/plan-fixtures';
import { EventSubscriber, subscribeToEvents, untilListening } from '../support/event-subscriber';

describe('live organisation events over graphql-ws', () => {
  let t: TestApp;
  let url: string;
  let a: Session;
  let b: Session;
  const open: EventSubscriber[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    url = `ws://${await t.listen()}/graphql`;
    [a, b] = [await t.newOrganization('Live A'), await t.newOrganization('Live B')];
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  afterAll(() => t.stop());

  function subscribe(connectionParams: Record<string, unknown>): EventSubscriber {
    const sub = subscribeToEvents(url, connectionParams);
    open.push(sub);
    return sub;
  }

  /** Listening once a department the admin makes is heard. */
  const listening = (sub: EventSubscriber, admin: Session) => untilListening(sub, async (i) => (await t.createDepartment(admin, `Primer ${i}`)).id);

  const bearer = (s: Session) => ({ authorization: `Bearer ${s.token}` });

  it('delivers a change to the organisation’s subscribers as it happens', async () => {
    const sub = subscribe(bearer(a));
    await listening(sub, a);

    const { id } = await t.createDepartment(a, 'Sales center');
    expect(await sub.waitFor((events) => events.some((e) => e.entityId === id))).toBe(true);
    expect(sub.events.find((e) => e.entityId === id)).toEqual({ entity: 'department', entityId: id, action: 'create', actorId: a.userId });

    await t.ok(`mutation { updateOrganization(input: { name: "Live A Ltd", version: 1 }) { id } }`, {}, a.token);
    expect(await sub.waitFor((events) => events.some((e) => e.entity === 'organization'))).toBe(true);
    expect(sub.events.find((e) => e.entity === 'organization')).toEqual({ entity: 'organization', entityId: a.orgId, action: 'update', actorId: a.userId });
    expect(sub.errors).toEqual([]);
  });

  it('announces plan node changes once committed, and nothing for a write that was refused', async () => {
    const sub = subscribe(bearer(a));
    await listening(sub, a);
    const plan = await createPlan(t, a, 'Live plan');
    const node = await createNode(t, a, { planId: plan.id, level: 'strategy', title: 'Live strategy' });
    const stale = await t.gql(UPDATE_PROGRESS, { input: { id: node.id, version: node.version + 1, progress: 10 } }, { token: a.token });
    expect(codes(stale)).toEqual(['CONFLICT']);
    await t.ok(UPDATE_PROGRESS, { input: { id: node.id, version: node.version, progress: 20 } }, a.token);

    expect(await sub.waitFor((events) => events.some((e) => e.entityId === node.id && e.action === 'progress'))).toBe(true);
    expect(sub.events.filter((e) => e.entityId === node.id)).toEqual([
      { entity: 'plan_node', entityId: node.id, action: 'create', actorId: a.userId },
      { entity: 'plan_node', entityId: node.id, action: 'progress', actorId: a.userId },
    ]);
    expect(sub.events.find((e) => e.entity === 'plan')).toEqual({ entity: 'plan', entityId: plan.id, action: 'create', actorId: a.userId });
  });

  it('tells no other organisation about it', async () => {
    const inA = subscribe(bearer(a));
    const inB = subscribe(bearer(b));
    await listening(inA, a);
    await listening(inB, b);

    const secretA = await t.createDepartment(a, 'Secret project');
    const laterB = await t.createDepartment(b, 'After the secret');
    // Events fan out in order: once B has its later change, A's earlier one would have been there too.
    expect(await inB.waitFor((events) => events.some((e) => e.entityId === laterB.id))).toBe(true);
    expect(await inA.waitFor((events) => events.some((e) => e.entityId === secretA.id))).toBe(true);

    expect(inB.events.map((e) => e.entityId)).not.toContain(secretA.id);
    expect(inA.events.map((e) => e.entityId)).not.toContain(laterB.id);
  });

  it('lets go of a subscriber that leaves while waiting for the next event', async () => {
    // (the fan-out keeps its emitter private; a listener left behind is a leak per closed tab)
    const emitter = (t.app.get(OrganizationEvents) as unknown as { emitter: EventEmitter }).emitter;
    const listeners = () => emitter.listenerCount(`org:${b.orgId}`);
    const sub = subscribe(bearer(b));
    await listening(sub, b);
    expect(listeners()).toBe(1);

    await sub.close();
    const until = Date.now() + 3000;
    while (listeners() > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
    expect(listeners()).toBe(0);
  });

  it('refuses a connection without a valid token, and a subscription from someone outside any organisation', async () => {
    const outsider = await t.signUp('Outsider');
    const refused = [subscribe({}), subscribe({ authorization: 'Bearer not-a-token' }), subscribe({ authorization: a.token })];
    const noOrganisation = subscribe(bearer(outsider));

    for (const sub of [...refused, noOrganisation]) {
      expect(await sub.waitFor(() => sub.errors.length > 0)).toBe(true);
    }
    // Without a token the socket is never acknowledged at all.
    expect(refused.map((sub) => sub.connected())).toEqual([false, false, false]);

    // And nothing reaches them afterwards: a subscriber that did connect gets the later change, they do not.
    const witness = subscribe(bearer(a));
    await listening(witness, a);
    const later = await t.createDepartment(a, 'After the refusals');
    expect(await witness.waitFor((events) => events.some((e) => e.entityId === later.id))).toBe(true);
    for (const sub of [...refused, noOrganisation]) expect(sub.events).toEqual([]);
  });
});
