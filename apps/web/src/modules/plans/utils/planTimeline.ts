import type { NodeStatus } from '@opsplan/domain';
import type { PlanNodeRowFieldsFragment } from '../../../gql/graphql';
import { buildOutlineTree } from './outlineTree';
import type { OutlineRow } from './outlineTree';
import type { TimelineInput, TimelineItem } from './timelineLayout';

export type PlanTimelineNode = Pick<
  PlanNodeRowFieldsFragment,
  'id' | 'parentId' | 'level' | 'title' | 'status' | 'progress' | 'startDate' | 'dueDate' | 'sortOrder' | 'childCount'
>;

export type PlanTimelineKind = 'objective' | 'project';

export type PlanTimelineItem = TimelineItem<PlanTimelineKind> & { status: NodeStatus };

export interface PlanTimeline extends TimelineInput<PlanTimelineItem> {
  items: PlanTimelineItem[];
  /** Objectives and projects without both a start and a due date: they have no bar. */
  undated: number;
}

const dated = (node: PlanTimelineNode) => Boolean(node.startDate && node.dueDate);

/**
 * The plan's objectives, each followed by its projects, in outline order, for
 * the timeline. An objective is left out when neither it nor any of its
 * projects has dates, an undated project always. The months run from the plan
 * year's start, or an earlier start date, to its end, or a later due date.
 */
export function planTimeline(nodes: readonly PlanTimelineNode[], planYear: { start: string; end: string }): PlanTimeline {
  const items: PlanTimelineItem[] = [];
  let undated = 0;
  const item = (node: PlanTimelineNode, kind: PlanTimelineKind, level: number): PlanTimelineItem => ({
    key: node.id,
    kind,
    title: node.title,
    startDate: node.startDate ?? null,
    dueDate: node.dueDate ?? null,
    progress: node.progress,
    status: node.status,
    level,
  });
  const visit = (rows: readonly OutlineRow<PlanTimelineNode>[]) => {
    for (const row of rows) {
      if (row.level !== 'objective') {
        visit(row.children ?? []);
        continue;
      }
      const projects = (row.children ?? []).filter((child) => child.level === 'project');
      const datedProjects = projects.filter(dated);
      undated += projects.length - datedProjects.length + (dated(row) ? 0 : 1);
      if (!dated(row) && datedProjects.length === 0) continue;
      items.push(item(row, 'objective', 0), ...datedProjects.map((project) => item(project, 'project', 1)));
    }
  };
  visit(buildOutlineTree(nodes));

  let startDate = planYear.start;
  let endDate = planYear.end;
  for (const { startDate: start, dueDate: due } of items) {
    if (!start || !due) continue;
    if (start < startDate) startDate = start;
    if (due > endDate) endDate = due;
  }
  return { startDate, endDate, items, undated };
}
