import { Json, ownerQuery, Session, TestApp } from './test-app';

/** GraphQL documents of the planning cycle, as the suites use them. */
export const STAGE_FIELDS = `id cycleId key name position status startDate dueDate dependsOn waitingFor overdue returnReason linkedPlanId version
  responsible { id } ownerDepartment { id name } submittedBy { id }`;
export const CYCLE_FIELDS = `id planId planYear name version today retrospective previousRetrospective memberIds criticalPath
  leader { id } deputyLeader { id } members { id }
  stages { ${STAGE_FIELDS} } deletedStages { id }
  dashboard { stageCount approvedCount submittedCount dueByTodayCount doneOfDueCount overdueCount late { member { id } overdueStageIds } }`;
export const CREATE_CYCLE = `mutation($input: CreatePlanningCycleInput!) { createPlanningCycle(input: $input) { ${CYCLE_FIELDS} } }`;
export const UPDATE_CYCLE = `mutation($input: UpdatePlanningCycleInput!) { updatePlanningCycle(input: $input) { ${CYCLE_FIELDS} } }`;
export const CYCLE = `query($id: ID!) { planningCycle(id: $id) { ${CYCLE_FIELDS} } }`;
export const STAGE = `query($id: ID!) { cycleStage(id: $id) { ${STAGE_FIELDS}
  deliverables { id name body version attachments { id filename contentType size } }
  history { action fromStatus toStatus reason actor { id } } } }`;
export const UPDATE_STAGE = `mutation($input: UpdateCycleStageInput!) { updateCycleStage(input: $input) { ${STAGE_FIELDS} } }`;
export const ADD_STAGE = `mutation($input: AddCycleStageInput!) { addCycleStage(input: $input) { ${STAGE_FIELDS} } }`;
export const DELETE_STAGE = `mutation($input: StageVersionInput!) { deleteCycleStage(input: $input) { id } }`;
export const RESTORE_STAGE = `mutation($id: ID!) { restoreCycleStage(id: $id) { id } }`;
export const REORDER_STAGES = `mutation($input: ReorderCycleStagesInput!) { reorderCycleStages(input: $input) { id stages { id position } } }`;
export const SUBMIT = `mutation($input: StageVersionInput!) { submitCycleStage(input: $input) { ${STAGE_FIELDS} } }`;
export const APPROVE = `mutation($input: StageVersionInput!) { approveCycleStage(input: $input) { ${STAGE_FIELDS} } }`;
export const RETURN = `mutation($input: ReturnCycleStageInput!) { returnCycleStage(input: $input) { ${STAGE_FIELDS} } }`;
export const UPDATE_DELIVERABLE = `mutation($input: UpdateDeliverableInput!) { updateDeliverable(input: $input) { id body version attachments { id } } }`;
export const ADD_ATTACHMENT = `mutation($input: AddAttachmentInput!) { addAttachment(input: $input) { id filename contentType size } }`;
export const REMOVE_ATTACHMENT = `mutation($id: ID!) { removeAttachment(id: $id) { id } }`;
export const ATTACHMENT_CONTENT = `query($id: ID!) { attachmentContent(id: $id) { id filename contentType size contentBase64 } }`;
export const NOTIFICATIONS = `query { notifications(first: 50) { items { id kind stageId message dueDate readAt actor { id } } nextCursor } unreadNotificationCount }`;

export const stageRow = async (id: string): Promise<Json> => (await ownerQuery(`SELECT *, due_date::text AS due, start_date::text AS start FROM cycle_stages WHERE id = $1`, [id]))[0];
export const stageVersion = async (id: string): Promise<number> => (await stageRow(id)).version;
export const cycleVersion = async (id: string): Promise<number> => (await ownerQuery(`SELECT version FROM planning_cycles WHERE id = $1`, [id]))[0].version;

let year = 2062;
/** A plan of a fresh year, so cycles in a shared organisation never collide. */
export async function createPlanForCycle(t: TestApp, admin: Session, planYear = year++): Promise<string> {
  return (await t.ok(`mutation($input: CreatePlanInput!) { createPlan(input: $input) { id } }`, { input: { year: planYear, name: `Plan ${planYear}` } }, admin.token)).createPlan.id;
}

export async function createCycle(t: TestApp, admin: Session, planYear?: number): Promise<Json> {
  const planId = await createPlanForCycle(t, admin, planYear);
  return (await t.ok(CREATE_CYCLE, { input: { planId } }, admin.token)).createPlanningCycle;
}

/** The stage of a cycle with the given default key. */
export const byKey = (cycle: Json, key: string): Json => cycle.stages.find((s: Json) => s.key === key);

export async function setGroup(t: TestApp, admin: Session, cycleId: string, group: { leaderId?: string; deputyLeaderId?: string; memberIds?: string[] }): Promise<Json> {
  return (await t.ok(UPDATE_CYCLE, { input: { id: cycleId, version: await cycleVersion(cycleId), ...group } }, admin.token)).updatePlanningCycle;
}

export async function submit(t: TestApp, who: Session, stageId: string): Promise<Json> {
  return (await t.ok(SUBMIT, { input: { id: stageId, version: await stageVersion(stageId) } }, who.token)).submitCycleStage;
}

export async function approve(t: TestApp, who: Session, stageId: string): Promise<Json> {
  return (await t.ok(APPROVE, { input: { id: stageId, version: await stageVersion(stageId) } }, who.token)).approveCycleStage;
}

/**
 * A cycle for the plan with a row in every table of the cycle: a group led by
 * `leader`, a written deliverable with an attachment, a submitted first stage
 * (a history event and the leader's notification) and a deleted added stage.
 */
export async function cycleWorld(t: TestApp, admin: Session, planId: string, leader: Session): Promise<{ cycle: string; stage: string; deliverable: string; attachment: string; deletedStage: string; notification: string }> {
  const created = (await t.ok(CREATE_CYCLE, { input: { planId } }, admin.token)).createPlanningCycle;
  const cycle = await setGroup(t, admin, created.id, { leaderId: leader.membershipId, memberIds: [admin.membershipId!] });
  const stage = cycle.stages[0].id as string;
  const doc = (await t.ok(STAGE, { id: stage }, admin.token)).cycleStage.deliverables[0];
  await t.ok(UPDATE_DELIVERABLE, { input: { id: doc.id, version: doc.version, body: '<p>Forecast</p>' } }, admin.token);
  const attachment = (await t.ok(ADD_ATTACHMENT, { input: { deliverableId: doc.id, filename: 'f.txt', contentType: 'text/plain', contentBase64: 'aGVsbG8=' } }, admin.token)).addAttachment.id;
  await submit(t, admin, stage);
  const last = cycle.stages.at(-1);
  const extra = (
    await t.ok(ADD_STAGE, { input: { cycleId: cycle.id, version: await cycleVersion(cycle.id), name: 'Extra', startDate: last.dueDate, dueDate: last.dueDate } }, admin.token)
  ).addCycleStage;
  await t.ok(DELETE_STAGE, { input: { id: extra.id, version: extra.version } }, admin.token);
  const notification = (await t.ok(NOTIFICATIONS, {}, leader.token)).notifications.items[0].id;
  return { cycle: cycle.id, stage, deliverable: doc.id, attachment, deletedStage: extra.id, notification };
}
