import { randomBytes } from 'node:crypto';
import { addDays } from '@opsplan/domain';
import { codes, GqlResult, Json, ownerQuery, Session, TestApp } from '../support/test-app';
import { countStatements } from '../support/statement-counter';
import { OverdueRemindersService } from '../../src/modules/planning-cycles/services/overdue-reminders.service';
import {
  ADD_ATTACHMENT,
  ADD_STAGE,
  approve,
  ATTACHMENT_CONTENT,
  byKey,
  createCycle,
  CYCLE,
  cycleVersion,
  DELETE_STAGE,
  APPROVE,
  NOTIFICATIONS,
  REMOVE_ATTACHMENT,
  REORDER_STAGES,
  RESTORE_STAGE,
  setGroup,
  STAGE,
  stageRow,
  stageVersion,
  submit,
  SUBMIT,
  UPDATE_DELIVERABLE,
  UPDATE_STAGE,
} from '../support/cycle-fixtures';

/** What a planning cycle refuses, how two deciders race, what it reminds people of, and what a stage keeps. */
describe('planning cycle rules', () => {
  let t: TestApp;
  let admin: Session;
  let leader: Session;
  let deputy: Session;
  let salesManager: Session;
  let staff: Session;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.newOrganization('Rules Co');
    leader = await t.addMember(admin, 'executive');
    deputy = await t.addMember(admin, 'executive');
    salesManager = await t.addMember(admin, 'manager');
    staff = await t.addMember(admin, 'staff');
    await t.createDepartment(admin, 'Sales', undefined, salesManager.membershipId);
  });
  afterAll(() => t.stop());

  async function groupCycle(): Promise<Json> {
    const cycle = await createCycle(t, admin);
    return setGroup(t, admin, cycle.id, { leaderId: leader.membershipId, deputyLeaderId: deputy.membershipId });
  }

  const expectRefused = (res: GqlResult, code: string, field?: string) => {
    expect(codes(res)).toEqual([code]);
    expect(res.data).toBeNull();
    if (field) expect(res.errors?.[0].extensions?.field).toBe(field);
  };

  describe('refusals change nothing', () => {
    let cycle: Json;
    beforeAll(async () => {
      cycle = await groupCycle();
    });

    it('refuses to submit a stage before the stages it depends on are approved, naming them', async () => {
      const s2 = byKey(cycle, 'financial_forecast');
      const before = await stageRow(s2.id);
      const res = await t.gql(SUBMIT, { input: { id: s2.id, version: before.version } }, { token: leader.token });
      expectRefused(res, 'BAD_USER_INPUT', 'id');
      expect(res.errors?.[0].message).toContain('Sales forecast');
      expect(res.errors?.[0].extensions?.waitingFor).toEqual([byKey(cycle, 'sales_forecast').id]);
      expect(await stageRow(s2.id)).toEqual(before);
    });

    it('refuses approving one’s own submission, and staff deciding at all', async () => {
      const s1 = byKey(cycle, 'sales_forecast').id;
      await submit(t, leader, s1);
      const before = await stageRow(s1);
      expectRefused(await t.gql(APPROVE, { input: { id: s1, version: before.version } }, { token: leader.token }), 'FORBIDDEN');
      expectRefused(await t.gql(APPROVE, { input: { id: s1, version: before.version } }, { token: staff.token }), 'FORBIDDEN');
      // The sales manager answers for the stage but does not lead the group: they may not decide either.
      expectRefused(await t.gql(APPROVE, { input: { id: s1, version: before.version } }, { token: salesManager.token }), 'FORBIDDEN');
      expect(await stageRow(s1)).toEqual(before);
      expect(await ownerQuery(`SELECT 1 FROM audit_log WHERE entity_id = $1 AND action = 'approve'`, [s1])).toEqual([]);
    });

    it('refuses editing an approved stage: its documents, its dates, deleting it', async () => {
      const s1 = byKey(cycle, 'sales_forecast').id;
      await approve(t, deputy, s1);
      const before = await stageRow(s1);
      const doc = (await t.ok(STAGE, { id: s1 }, admin.token)).cycleStage.deliverables[0];
      expectRefused(await t.gql(UPDATE_DELIVERABLE, { input: { id: doc.id, version: doc.version, body: 'late change' } }, { token: salesManager.token }), 'BAD_USER_INPUT', 'id');
      expectRefused(await t.gql(UPDATE_STAGE, { input: { id: s1, version: before.version, name: 'Renamed' } }, { token: admin.token }), 'BAD_USER_INPUT', 'id');
      expect(await stageRow(s1)).toEqual(before);
      expect((await ownerQuery(`SELECT body FROM stage_deliverables WHERE id = $1`, [doc.id]))[0].body).toBe('');
    });

    it('refuses staff laying out a cycle, and the responsible member’s work to anyone else', async () => {
      const s3 = byKey(cycle, 'sales_plan').id;
      expectRefused(await t.gql(UPDATE_STAGE, { input: { id: s3, version: await stageVersion(s3), name: 'Mine' } }, { token: staff.token }), 'FORBIDDEN');
      const doc = (await t.ok(STAGE, { id: s3 }, staff.token)).cycleStage.deliverables[0];
      expectRefused(await t.gql(UPDATE_DELIVERABLE, { input: { id: doc.id, version: doc.version, body: 'x' } }, { token: staff.token }), 'FORBIDDEN');
      expect(await t.gql(UPDATE_DELIVERABLE, { input: { id: doc.id, version: doc.version, body: 'ours' } }, { token: salesManager.token })).toMatchObject({ errors: undefined });
      // A stale version: CONFLICT with the current values.
      const stale = await t.gql(UPDATE_DELIVERABLE, { input: { id: doc.id, version: doc.version, body: 'theirs' } }, { token: salesManager.token });
      expectRefused(stale, 'CONFLICT');
      expect(stale.errors?.[0].extensions?.current).toMatchObject({ id: doc.id, body: 'ours' });
    });
  });

  it('answers a stale date change with CONFLICT carrying the dates someone else saved, and keeps theirs', async () => {
    const cycle = await groupCycle();
    const stage = byKey(cycle, 'rnd_plan');
    const version = await stageVersion(stage.id);
    const theirs = addDays(stage.dueDate, 2);
    await t.ok(UPDATE_STAGE, { input: { id: stage.id, version, dueDate: theirs } }, admin.token);
    const stale = await t.gql(UPDATE_STAGE, { input: { id: stage.id, version, dueDate: addDays(stage.dueDate, 3) } }, { token: leader.token });
    expectRefused(stale, 'CONFLICT');
    expect(stale.errors?.[0].extensions?.current).toMatchObject({ id: stage.id, startDate: stage.startDate, dueDate: theirs, version: version + 1 });
    expect((await stageRow(stage.id)).due).toBe(theirs);
  });

  it('lets exactly one of two racing approvers win', async () => {
    const cycle = await groupCycle();
    const s1 = byKey(cycle, 'sales_forecast').id;
    await submit(t, salesManager, s1);
    const version = await stageVersion(s1);
    const results = await Promise.all([leader, deputy].map((who) => t.gql(APPROVE, { input: { id: s1, version } }, { token: who.token })));
    const outcomes = results.map((r) => (r.errors ? codes(r)[0] : 'ok')).sort();
    expect(outcomes[1]).toBe('ok');
    expect(['BAD_USER_INPUT', 'CONFLICT']).toContain(outcomes[0]);
    expect(await ownerQuery(`SELECT 1 FROM audit_log WHERE entity_id = $1 AND action = 'approve'`, [s1])).toHaveLength(1);
    expect(await ownerQuery(`SELECT 1 FROM stage_events WHERE stage_id = $1 AND action = 'approve'`, [s1])).toHaveLength(1);
    expect((await stageRow(s1)).status).toBe('approved');
  });

  describe('the schedule', () => {
    let cycle: Json;
    beforeAll(async () => {
      cycle = await createCycle(t, admin);
    });

    it('refuses a dependency cycle, naming the stages on it', async () => {
      const s1 = byKey(cycle, 'sales_forecast');
      const before = await stageRow(s1.id);
      const res = await t.gql(UPDATE_STAGE, { input: { id: s1.id, version: before.version, dependsOn: [byKey(cycle, 'rnd_plan').id] } }, { token: admin.token });
      expectRefused(res, 'BAD_USER_INPUT', 'dependsOn');
      expect(res.errors?.[0].message).toMatch(/Sales forecast.*R&D plan|R&D plan.*Sales forecast/);
      expect(await stageRow(s1.id)).toEqual(before);
    });

    it('refuses a stage due before one it depends on, naming both', async () => {
      const s2 = byKey(cycle, 'financial_forecast');
      const before = await stageRow(s2.id);
      const res = await t.gql(UPDATE_STAGE, { input: { id: s2.id, version: before.version, startDate: `${cycle.planYear - 1}-10-01`, dueDate: `${cycle.planYear - 1}-10-10` } }, { token: admin.token });
      expectRefused(res, 'BAD_USER_INPUT', 'dueDate');
      expect(res.errors?.[0].message).toBe('“财务预测 Financial forecast” cannot be due before “销售预测 Sales forecast”, which it depends on.');
      expect(await stageRow(s2.id)).toEqual(before);
      // Moving the first stage past what depends on it is refused the same way.
      const s1 = byKey(cycle, 'sales_forecast');
      const late = await t.gql(UPDATE_STAGE, { input: { id: s1.id, version: await stageVersion(s1.id), dueDate: `${cycle.planYear - 1}-12-31` } }, { token: admin.token });
      expectRefused(late, 'BAD_USER_INPUT', 'dueDate');
      expect(late.errors?.[0].message).toContain('Sales forecast');
    });

    it('adds, re-orders, removes and restores stages; a stage others depend on cannot be removed', async () => {
      const s8 = byKey(cycle, 'overall_plan');
      const added = (
        await t.ok(
          ADD_STAGE,
          { input: { cycleId: cycle.id, version: await cycleVersion(cycle.id), name: 'Board review', startDate: s8.dueDate, dueDate: s8.dueDate, dependsOn: [s8.id], deliverables: ['board_minutes'] } },
          leader.token,
        )
      ).addCycleStage;
      expect(added).toMatchObject({ position: 9, key: null, dependsOn: [s8.id], status: 'not_started' });
      expectRefused(await t.gql(DELETE_STAGE, { input: { id: s8.id, version: await stageVersion(s8.id) } }, { token: admin.token }), 'BAD_USER_INPUT', 'id');

      const order = [added.id, ...cycle.stages.map((s: Json) => s.id)];
      const reordered = (await t.ok(REORDER_STAGES, { input: { cycleId: cycle.id, version: await cycleVersion(cycle.id), stageIds: order } }, admin.token)).reorderCycleStages;
      expect(reordered.stages.map((s: Json) => s.id)).toEqual(order);
      expectRefused(await t.gql(REORDER_STAGES, { input: { cycleId: cycle.id, version: await cycleVersion(cycle.id), stageIds: order.slice(1) } }, { token: admin.token }), 'BAD_USER_INPUT', 'stageIds');
      expectRefused(await t.gql(REORDER_STAGES, { input: { cycleId: cycle.id, version: 1, stageIds: order } }, { token: admin.token }), 'CONFLICT');

      await t.ok(DELETE_STAGE, { input: { id: added.id, version: await stageVersion(added.id) } }, admin.token);
      let read = (await t.ok(CYCLE, { id: cycle.id }, staff.token)).planningCycle;
      expect(read.stages).toHaveLength(8);
      expect(read.deletedStages.map((s: Json) => s.id)).toEqual([added.id]);
      await t.ok(RESTORE_STAGE, { id: added.id }, admin.token);
      read = (await t.ok(CYCLE, { id: cycle.id }, staff.token)).planningCycle;
      expect(read.stages.map((s: Json) => s.id)).toContain(added.id);
      expect(read.criticalPath.at(-1)).toBe(added.id);
    });

    it('runs a cycle from January when the fiscal year starts in April', async () => {
      const april = await t.newOrganization('April Co');
      await t.ok(`mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id } }`, { input: { version: 1, fiscalYearStartMonth: 4 } }, april.token);
      const shifted = await createCycle(t, april, 2027);
      expect(shifted.stages.map((s: Json) => s.dueDate)).toEqual(['2027-01-20', '2027-01-25', '2027-02-01', '2027-02-05', '2027-02-10', '2027-02-14', '2027-02-21', '2027-02-25']);
      expect(shifted.stages[0].startDate).toBe('2027-01-01');
    });
  });

  describe('notifications and the daily overdue reminders', () => {
    it('reminds the responsible member and the leader of each overdue stage once a day, however often the job runs', async () => {
      const org = await t.newOrganization('Late Co');
      const lead = await t.addMember(org, 'executive');
      const sales = await t.addMember(org, 'manager');
      await t.createDepartment(org, 'Sales', undefined, sales.membershipId);
      const cycle = await createCycle(t, org, 2027);
      await setGroup(t, org, cycle.id, { leaderId: lead.membershipId });
      // Two weeks later than the default: stages 1–6 are overdue on 2026-12-04, 7 and 8 are not.
      const read = (await t.ok(CYCLE, { id: cycle.id }, org.token)).planningCycle;
      const overdue = read.stages.filter((s: Json) => s.overdue);
      expect(overdue.length).toBeGreaterThan(0);

      const jobs = t.app.get(OverdueRemindersService);
      await ownerQuery(`DELETE FROM scheduled_job_runs WHERE run_on = current_date`);
      expect(await jobs.runDaily()).toBe(true);
      expect(await jobs.runDaily()).toBe(false);
      await jobs.sendReminders();
      const reminders = await ownerQuery(`SELECT recipient_id, stage_id FROM notifications WHERE org_id = $1 AND kind = 'stage_overdue'`, [org.orgId]);
      // Sales stages: the sales manager and the leader; the others: the leader only.
      const salesStages = overdue.filter((s: Json) => s.responsible?.id === sales.membershipId).length;
      expect(reminders).toHaveLength(overdue.length + salesStages);
      expect(new Set(reminders.map((r) => `${r.recipient_id}:${r.stage_id}`)).size).toBe(reminders.length);

      const bell = (await t.ok(NOTIFICATIONS, {}, sales.token));
      expect(bell.unreadNotificationCount).toBe(salesStages);
      expect(bell.notifications.items.every((n: Json) => n.kind === 'stage_overdue')).toBe(true);
      // The stage's name and due date as data: the reader's language words the sentence.
      const stageById = new Map<string, Json>(overdue.map((s: Json) => [s.id, s]));
      expect(bell.notifications.items.map((n: Json) => ({ message: n.message, dueDate: n.dueDate }))).toEqual(
        bell.notifications.items.map((n: Json) => ({ message: stageById.get(n.stageId)?.name, dueDate: stageById.get(n.stageId)?.dueDate })),
      );
      const [first] = bell.notifications.items;
      expect((await t.ok(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids: [first.id] }, sales.token)).markNotificationsRead).toBe(1);
      expect((await t.ok(NOTIFICATIONS, {}, sales.token)).unreadNotificationCount).toBe(salesStages - 1);
      // Someone else's notification is not found, and nothing is marked.
      const leaders = (await t.ok(NOTIFICATIONS, {}, lead.token)).notifications.items;
      expect(codes(await t.gql(`mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`, { ids: [leaders[0].id] }, { token: sales.token }))).toEqual(['NOT_FOUND']);
      expect((await t.ok(`mutation { markAllNotificationsRead }`, {}, sales.token)).markAllNotificationsRead).toBe(salesStages - 1);
      expect((await t.ok(NOTIFICATIONS, {}, sales.token)).unreadNotificationCount).toBe(0);
      expect((await t.ok(NOTIFICATIONS, {}, lead.token)).unreadNotificationCount).toBe(overdue.length);
    });

    it('shows who is late on the dashboard', async () => {
      const cycle = await createCycle(t, admin, 2027);
      const read = (await t.ok(CYCLE, { id: cycle.id }, staff.token)).planningCycle;
      const late = read.dashboard.late.find((l: Json) => l.member?.id === salesManager.membershipId);
      expect(late.overdueStageIds.sort()).toEqual([byKey(read, 'sales_forecast').id, byKey(read, 'sales_plan').id].sort());
    });
  });

  describe('attachments', () => {
    let deliverable: Json;
    beforeAll(async () => {
      const cycle = await createCycle(t, admin);
      deliverable = (await t.ok(STAGE, { id: byKey(cycle, 'sales_forecast').id }, admin.token)).cycleStage.deliverables[0];
    });

    it('round-trips a file byte for byte, and lists its metadata on the stage', async () => {
      const bytes = randomBytes(150 * 1024);
      const added = (await t.ok(ADD_ATTACHMENT, { input: { deliverableId: deliverable.id, filename: '预测.xlsx', contentType: 'application/vnd.ms-excel', contentBase64: bytes.toString('base64') } }, salesManager.token)).addAttachment;
      expect(added).toMatchObject({ filename: '预测.xlsx', size: bytes.length });
      const { attachmentContent } = await t.ok(ATTACHMENT_CONTENT, { id: added.id }, staff.token);
      expect(Buffer.from(attachmentContent.contentBase64, 'base64').equals(bytes)).toBe(true);
      const [stored] = await ownerQuery(`SELECT content FROM stage_attachments WHERE id = $1`, [added.id]);
      expect((stored.content as Buffer).equals(bytes)).toBe(true);
      await t.ok(REMOVE_ATTACHMENT, { id: added.id }, salesManager.token);
      expect(codes(await t.gql(ATTACHMENT_CONTENT, { id: added.id }, { token: staff.token }))).toEqual(['NOT_FOUND']);
    });

    it('refuses a file over 180 KB, naming the field, and stores nothing', async () => {
      const res = await t.gql(ADD_ATTACHMENT, { input: { deliverableId: deliverable.id, filename: 'big.bin', contentType: 'application/octet-stream', contentBase64: randomBytes(181 * 1024).toString('base64') } }, { token: admin.token });
      expectRefused(res, 'BAD_USER_INPUT', 'contentBase64');
      expect(await ownerQuery(`SELECT 1 FROM stage_attachments WHERE filename = 'big.bin'`)).toEqual([]);
      const bad = await t.gql(ADD_ATTACHMENT, { input: { deliverableId: deliverable.id, filename: 'x', contentType: 'nonsense', contentBase64: 'AA==' } }, { token: admin.token });
      expectRefused(bad, 'BAD_USER_INPUT', 'contentType');
    });
  });

  it('reads a cycle and a stage with the same number of SQL statements however many stages it has', async () => {
    const small = await groupCycle();
    const large = await groupCycle();
    await setGroup(t, admin, small.id, { memberIds: [staff.membershipId!, salesManager.membershipId!] });
    await setGroup(t, admin, large.id, { memberIds: [staff.membershipId!, salesManager.membershipId!] });
    const last = large.stages.at(-1);
    for (let i = 0; i < 16; i++) {
      await t.ok(ADD_STAGE, { input: { cycleId: large.id, version: await cycleVersion(large.id), name: `Extra ${i}`, startDate: last.dueDate, dueDate: last.dueDate, dependsOn: [last.id], ownerDepartmentId: byKey(large, 'sales_forecast').ownerDepartment.id } }, admin.token);
    }
    for (const c of [small, large]) {
      const s1 = byKey(c, 'sales_forecast').id;
      await submit(t, salesManager, s1);
      await approve(t, leader, s1);
    }
    const count = async (query: string, id: string) => {
      await t.ok(query, { id }, leader.token);
      const { result, count: n } = await countStatements(() => t.gql(query, { id }, { token: leader.token }));
      expect((result as GqlResult).errors).toBeUndefined();
      return n;
    };
    const STAGES_WITH_DETAILS = `query($id: ID!) { planningCycle(id: $id) { ${'id'} stages { id responsible { id user { displayName } } ownerDepartment { name } submittedBy { id } deliverables { id attachments { id } } history { action actor { id } } } members { id } leader { id } deputyLeader { id } dashboard { late { member { id } } } } }`;
    const cycleSmall = await count(STAGES_WITH_DETAILS, small.id);
    const cycleLarge = await count(STAGES_WITH_DETAILS, large.id);
    expect((await t.ok(CYCLE, { id: large.id }, leader.token)).planningCycle.stages).toHaveLength(24);
    expect(cycleLarge).toBe(cycleSmall);
    expect(cycleSmall).toBeLessThanOrEqual(20);
    const stageSmall = await count(STAGE, byKey(small, 'sales_forecast').id);
    const stageLarge = await count(STAGE, byKey(large, 'sales_forecast').id);
    expect(stageLarge).toBe(stageSmall);
    expect(stageSmall).toBeLessThanOrEqual(20);
    const list = await countStatements(() => t.gql(`{ planningCycles { id stages { id responsible { id } } dashboard { overdueCount } } }`, {}, { token: leader.token }));
    expect(list.count).toBeLessThanOrEqual(12);
  });
});
