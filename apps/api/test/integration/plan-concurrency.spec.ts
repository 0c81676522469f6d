import { codes, GqlResult, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { buildTree, createNode, createPlan, expectExactRollUps, expectExactTallies, MOVE_NODE, NODE_FIELDS, storedTree, UPDATE_NODE, UPDATE_PROGRESS } from '../support/plan-fixtures';

/**
 * Many people report at once. Every write names the version it read, so
 * writers on the same node collide; each one re-applies on the version the
 * CONFLICT carries, as the web client does. Afterwards every stored roll-up
 * must equal a recomputation from the leaves, and nothing may have failed.
 */

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

interface Outcome {
  attempts: number;
  conflicts: number;
  other: GqlResult[];
}

/** Sends a versioned write until it applies, taking the version from each CONFLICT. Anything but CONFLICT is recorded and ends the retries. */
async function untilApplied(send: (version: number) => Promise<GqlResult>, version: number): Promise<Outcome> {
  const outcome: Outcome = { attempts: 0, conflicts: 0, other: [] };
  for (let v = version; outcome.attempts < 500; ) {
    outcome.attempts += 1;
    const res = await send(v);
    if (!res.errors) return outcome;
    if (codes(res).join() !== 'CONFLICT') {
      outcome.other.push(res);
      return outcome;
    }
    outcome.conflicts += 1;
    v = (res.errors[0].extensions?.current as { version: number }).version;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 4));
  }
  outcome.other.push({ status: 0, data: null, errors: [{ message: 'gave up after 500 attempts' }], cookie: undefined, headers: {} });
  return outcome;
}

describe('concurrent progress updates', () => {
  let t: TestApp;
  let exec: Session;

  beforeAll(async () => {
    t = await TestApp.start();
    const admin = await t.newOrganization('Busy Co');
    exec = await t.addMember(admin, 'executive');
  });
  afterAll(() => t.stop());

  it('leave every stored roll-up equal to a recomputation from the leaves, with no error but CONFLICT', async () => {
    const plan = await createPlan(t, exec, 'Busy plan');
    // 2 objectives × 2 projects × 3 tasks; every task but the first has 2 activities; the first task is a leaf: the hot spot.
    const { strategy, byLevel } = await buildTree(t, exec, plan.id, { fanOut: [2, 2, 3] });
    const [, objectives, projects, tasks] = byLevel;
    const hot = tasks[0];
    const activities: string[] = [];
    for (const task of tasks.slice(1)) {
      for (const title of ['First', 'Second']) activities.push((await createNode(t, exec, { planId: plan.id, parentId: task, level: 'activity', title })).id);
    }
    // An activity straight under a project, which moves between projects during the run.
    const rover = (await createNode(t, exec, { planId: plan.id, parentId: projects[1], level: 'activity', title: 'Rover' })).id;

    const rnd = random(20270101);
    const statuses = ['on_track', 'on_track', 'on_track', 'at_risk', 'done', 'cancelled'];
    const updates: { id: string; progress: number; status: string }[] = [
      ...Array.from({ length: 50 }, () => ({ id: hot, progress: Math.round(rnd() * 10000) / 100, status: 'on_track' })),
      ...Array.from({ length: 150 }, () => ({
        id: activities[Math.floor(rnd() * activities.length)],
        progress: Math.round(rnd() * 1000000) / 10000,
        status: statuses[Math.floor(rnd() * statuses.length)],
      })),
    ];
    const progressWrites = updates.map((u) =>
      untilApplied((version) => t.gql(UPDATE_PROGRESS, { input: { id: u.id, version, progress: u.progress, status: u.status } }, { token: exec.token }), 1),
    );
    // Structure changes at the same time: re-weighting projects, moving the rover back and forth.
    const structureWrites = [
      ...projects.map((id, i) =>
        untilApplied((version) => t.gql(UPDATE_NODE, { input: { id, version, weight: i + 2 } }, { token: exec.token }), 1),
      ),
      (async () => {
        const outcomes: Outcome[] = [];
        for (const target of [projects[2], projects[0], projects[3]]) {
          const [{ version }] = await ownerQuery(`SELECT version FROM plan_nodes WHERE id = $1`, [rover]);
          outcomes.push(await untilApplied((v) => t.gql(MOVE_NODE, { input: { id: rover, parentId: target, version: v } }, { token: exec.token }), version));
        }
        return { attempts: 0, conflicts: 0, other: outcomes.flatMap((o) => o.other) };
      })(),
    ];
    const outcomes = await Promise.all([...progressWrites, ...structureWrites]);

    expect(outcomes.flatMap((o) => o.other).map((r) => ({ status: r.status, errors: r.errors }))).toEqual([]);
    const conflicts = outcomes.reduce((n, o) => n + o.conflicts, 0);
    expect(conflicts).toBeGreaterThan(0); // the writers really did collide

    // Every write applied exactly once: versions count them.
    const rows = await storedTree(plan.id);
    const version = (id: string) => rows.find((r: Json) => r.id === id).version;
    expect(version(hot)).toBe(1 + 50);
    for (const id of activities) expect({ id, version: version(id) }).toEqual({ id, version: 1 + updates.filter((u) => u.id === id).length });
    expect(rows.find((r: Json) => r.id === rover).parent_id).toBe(projects[3]);

    const recomputed = expectExactRollUps(rows);
    // The dashboard's status tallies moved with every concurrent status change.
    expect(await expectExactTallies(plan.id)).toBe(rows.length);

    // What the API reports for the top, computed on read, equals the recomputation too.
    const outline = (await t.ok(`query($id: ID!) { planOutline(planId: $id, depth: 2) { id progress } }`, { id: plan.id }, exec.token)).planOutline;
    for (const node of outline) expect({ id: node.id, progress: node.progress }).toEqual({ id: node.id, progress: expect.closeTo(recomputed.get(node.id) as number, 3) });
    expect(outline.map((n: Json) => n.id).sort()).toEqual([strategy, ...objectives].sort());
    const { plan: read } = await t.ok(`query($id: ID!) { plan(id: $id) { progress } }`, { id: plan.id }, exec.token);
    expect(read.progress).toBeCloseTo(recomputed.get(strategy) as number, 3);

    const audited = await ownerQuery(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'plan_node' AND action = 'progress' AND entity_id = ANY($1)`, [[hot, ...activities]]);
    expect(audited[0].n).toBe(200);
  });

  it('gives strategies added at the same moment each their own place in the plan', async () => {
    const plan = await createPlan(t, exec, 'Strategy rush');
    const created = await Promise.all(Array.from({ length: 12 }, (_, i) => createNode(t, exec, { planId: plan.id, level: 'strategy', title: `Strategy ${i}` })));
    const orders = await ownerQuery<{ sort_order: number }>(`SELECT sort_order FROM plan_nodes WHERE plan_id = $1 ORDER BY sort_order`, [plan.id]);
    expect(created).toHaveLength(12);
    expect(orders.map((r) => r.sort_order)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('lets a node that changed under a reader be re-read with its current values', async () => {
    const plan = await createPlan(t, exec, 'Re-read plan');
    const s = await createNode(t, exec, { planId: plan.id, level: 'strategy', title: 'S' });
    const o = await createNode(t, exec, { planId: plan.id, parentId: s.id, level: 'objective', title: 'O' });
    const first = await t.gql<Json>(UPDATE_PROGRESS, { input: { id: o.id, version: o.version, progress: 30 } }, { token: exec.token });
    const second = await t.gql(UPDATE_PROGRESS, { input: { id: o.id, version: o.version, progress: 60 } }, { token: exec.token });
    expect(codes(second)).toEqual(['CONFLICT']);
    expect(second.errors?.[0].extensions?.current).toMatchObject({ ownProgress: 30, version: first.data.updateProgress.version });
    const node = (await t.ok(`query($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`, { id: o.id }, exec.token)).node;
    expect(node).toMatchObject({ ownProgress: 30, progress: 30, version: o.version + 1 });
  });
});
