/**
 * Which of our queries show data an organisation event may have changed.
 * Names are operation names from graphql/queries; unknown entities touch nothing.
 */
const QUERIES_BY_ENTITY = new Map<string, readonly string[]>(Object.entries({
  membership: ['Members', 'Departments', 'Overview', 'Viewer'],
  department: ['Departments', 'Members', 'Overview'],
  invitation: ['Invitations', 'Members'],
  organization: ['Organization', 'Viewer'],
  plan: ['Plans'],
  plan_node: ['PlanOutline', 'NodeSubtree', 'OperationsIndex', 'Plans', 'NodeDetails', 'MyWork'],
  planning_cycle: ['PlanningCycles', 'PlanningCycle'],
  cycle_stage: ['PlanningCycle', 'CycleStage'],
  stage_deliverable: ['CycleStage'],
  stage_attachment: ['CycleStage'],
  notification: ['UnreadNotificationCount', 'Notifications'],
  plan_version: ['PlanVersions'],
  responsibility_letter: ['ResponsibilityLetters'],
}));

export function queriesAffectedBy(entity: string): readonly string[] {
  return QUERIES_BY_ENTITY.get(entity.toLowerCase()) ?? [];
}
