// The plan's structure from a template: departments, phases and the cascade,
// with texts in the plan's language and dates from the plan's start.
import { Dec } from '../../budget/decimal';
import { addDays } from '../../cycle/calendar';
import { KPI_NAME_MAX_LENGTH, KPI_UNIT_MAX_LENGTH, NODE_DESCRIPTION_MAX_LENGTH, NODE_TITLE_MAX_LENGTH } from '../../cascade/node-rules';
import { monthBoundary, timingDates } from '../dates';
import { KPI_FIGURE, MAX } from '../parse/rules';
import type { BlueprintDepartment, BlueprintNode, BlueprintPhase, PlanTemplate, TemplateNode } from '../types';
import { NumberResolver } from './numbers';
import { TextRenderer } from './render';

export function blueprintDepartments(template: PlanTemplate, r: TextRenderer): BlueprintDepartment[] {
  return template.departments.map((d) => ({
    key: d.key,
    name: r.text(d.name, MAX.departmentName),
    parentKey: d.parent ?? null,
    kind: d.kind ?? null,
    isHr: d.isHr ?? false,
    roles: (d.roles ?? []).map((role) => r.text(role, MAX.name)),
  }));
}

/** Phases follow each other from the plan's start: each starts the day after the one before ends. */
export function blueprintPhases(template: PlanTemplate, start: string, r: TextRenderer): BlueprintPhase[] {
  let elapsed = new Dec(0);
  let next = start;
  return (template.phases ?? []).map((phase) => {
    elapsed = elapsed.plus(phase.months);
    const startDate = next;
    const dueDate = addDays(monthBoundary(start, elapsed.toNumber()), -1);
    next = addDays(dueDate, 1);
    return { key: phase.key, name: r.text(phase.name, MAX.name), work: r.text(phase.work, MAX.help), aim: r.text(phase.aim, MAX.help), months: phase.months, startDate, dueDate };
  });
}

/** The cascade, parents before children (each parent followed by its subtree, in the template's order). */
export function blueprintNodes(template: PlanTemplate, start: string, phases: BlueprintPhase[], r: TextRenderer, num: NumberResolver): BlueprintNode[] {
  const children = new Map<string | null, TemplateNode[]>();
  for (const node of template.nodes) children.set(node.parent ?? null, [...(children.get(node.parent ?? null) ?? []), node]);
  const ordered: TemplateNode[] = [];
  const walk = (parent: string | null) => {
    for (const node of children.get(parent) ?? []) {
      ordered.push(node);
      walk(node.key);
    }
  };
  walk(null);
  const phaseDates = new Map(phases.map((p) => [p.key, { startDate: p.startDate, dueDate: p.dueDate }]));
  return ordered.map((node) => blueprintNode(node, start, phaseDates, r, num));
}

function blueprintNode(node: TemplateNode, start: string, phaseDates: Map<string, { startDate: string; dueDate: string }>, r: TextRenderer, num: NumberResolver): BlueprintNode {
  const dates = 'phase' in node.timing ? (phaseDates.get(node.timing.phase) as { startDate: string; dueDate: string }) : timingDates(start, node.timing.from, node.timing.to);
  const what = `node ${node.key}`;
  return {
    key: node.key,
    parentKey: node.parent ?? null,
    level: node.level,
    title: r.text(node.title, NODE_TITLE_MAX_LENGTH),
    description: node.description ? r.text(node.description, NODE_DESCRIPTION_MAX_LENGTH) : null,
    departmentKey: node.department,
    owner: node.owner,
    dimension: node.dimension ?? null,
    weight: node.weight ?? '1',
    ...dates,
    kpi: node.kpi
      ? {
          name: r.text(node.kpi.name, KPI_NAME_MAX_LENGTH),
          unit: r.text(node.kpi.unit, KPI_UNIT_MAX_LENGTH),
          direction: node.kpi.direction,
          baseline: num.resolve(node.kpi.baseline, KPI_FIGURE, `the KPI baseline of ${what}`),
          target: num.resolve(node.kpi.target, KPI_FIGURE, `the KPI target of ${what}`),
          budgetTarget: node.kpi.budgetTarget ? { ...node.kpi.budgetTarget } : null,
        }
      : null,
    recurrence: node.recurrence ?? null,
    checklist: (node.checklist ?? []).map((item) => r.text(item, NODE_TITLE_MAX_LENGTH)),
    dependsOn: [...(node.dependsOn ?? [])],
  };
}
