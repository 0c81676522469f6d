/**
 * The five levels of the plan cascade, top to bottom, and who owns each:
 * - strategy: the general manager's strategic goals ("No. 1 in the industry within five years")
 * - objective: a director's yearly plan that realises a strategy ("market share 40% in year one")
 * - project: a department manager's project; leadership evaluates the plan by its projects
 * - task: a supervisor's piece of a project
 * - activity: a staff member's most detailed, most frequent work
 */
export const LEVELS = ['strategy', 'objective', 'project', 'task', 'activity'] as const;
export type Level = (typeof LEVELS)[number];

export const STATUSES = ['not_started', 'on_track', 'at_risk', 'off_track', 'done', 'cancelled'] as const;
export type NodeStatus = (typeof STATUSES)[number];

/** The three dimensions of operations: organisation × production × marketing. */
export const DIMENSIONS = ['organisation', 'production', 'marketing'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const levelIndex = (level: Level): number => LEVELS.indexOf(level);

/**
 * The rule for where a node may hang: a strategy is a root; every other node
 * sits exactly one level below its parent, except that an activity may also
 * hang directly under a project (small projects need no task layer).
 */
export function allowedParentLevels(level: Level): Level[] {
  switch (level) {
    case 'strategy':
      return [];
    case 'activity':
      return ['task', 'project'];
    default:
      return [LEVELS[levelIndex(level) - 1]];
  }
}

export function canHangUnder(level: Level, parentLevel: Level | null): boolean {
  if (parentLevel === null) return level === 'strategy';
  return allowedParentLevels(level).includes(parentLevel);
}
