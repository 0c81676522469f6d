import type { PlanBlueprint } from '@opsplan/domain';
import type { TimelineInput, TimelineItem } from '../../plans/utils/timelineLayout';

export type PreviewTimelineKind = 'phase' | 'project';

/** The rows of the preview's timeline: the plan's phases, then its projects, across the plan's dates. */
export function previewTimeline(blueprint: PlanBlueprint): TimelineInput<TimelineItem<PreviewTimelineKind>> {
  return {
    startDate: blueprint.plan.startDate,
    endDate: blueprint.plan.endDate,
    items: [
      ...blueprint.phases.map((phase) => ({ key: `phase:${phase.key}`, kind: 'phase' as const, title: phase.name, startDate: phase.startDate, dueDate: phase.dueDate })),
      ...blueprint.nodes
        .filter((node) => node.level === 'project')
        .map((node) => ({ key: `project:${node.key}`, kind: 'project' as const, title: node.title, startDate: node.startDate, dueDate: node.dueDate })),
    ],
  };
}
