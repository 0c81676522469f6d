import { kpiTargetSourceProblem } from '../../budget/kpi-target';
import { allowedParentLevels, canHangUnder, DIMENSIONS, Level, LEVELS } from '../../cascade/levels';
import { OWNER_ROLES, RECURRENCES } from '../types';
import { ParseContext, readNumber, readText } from './context';
import { readDepartmentRef } from './departments';
import { cycleEdges, Edge } from './graph';
import { at, checkUnique, Json, readChoice, readDecimal, readKey, readList, readMonthOffset, readObject } from './reader';
import { KPI_FIGURE, MAX, MIN_SPAN_MONTHS, WEIGHT } from './rules';

const FIELDS = {
  key: 'required',
  parent: 'optional',
  level: 'required',
  title: 'required',
  description: 'optional',
  department: 'required',
  owner: 'required',
  dimension: 'optional',
  weight: 'optional',
  timing: 'required',
  kpi: 'optional',
  recurrence: 'optional',
  checklist: 'optional',
  dependsOn: 'optional',
} as const;
const KPI_FIELDS = { name: 'required', unit: 'required', direction: 'required', baseline: 'required', target: 'required', budgetTarget: 'optional' } as const;

interface ReadNode {
  path: string;
  key: string | null;
  parent: string | null;
  level: Level | null;
  dependsOn: { key: string; path: string }[];
}

/** A KPI target taken from the budget, checked once the budget's horizon is known. */
export interface BudgetTargetRef {
  path: string;
  source: Json;
}

export interface ParsedNodes {
  levels: Map<string, Level>;
  budgetTargets: BudgetTargetRef[];
}

export function parseNodes(ctx: ParseContext, value: unknown, scope: { departments: ReadonlySet<string>; phases: ReadonlySet<string>; horizon: number | null }): ParsedNodes {
  const budgetTargets: BudgetTargetRef[] = [];
  const items = readList(ctx.p, 'nodes', value, MAX.nodes);
  const nodes = items.map((item, i) => readNode(ctx, at('nodes', i), item, scope, budgetTargets));
  checkUnique(ctx.p, 'nodes', nodes.map((n) => n.key));
  // A node whose level is unreadable still exists: others may name it (its level is reported on its own).
  const levels = new Map<string, Level | null>();
  for (const n of nodes) if (n.key !== null && !levels.has(n.key)) levels.set(n.key, n.level);
  checkParents(ctx, nodes, levels);
  checkDependencies(ctx, nodes, levels);
  return { levels: new Map([...levels].filter((entry): entry is [string, Level] => entry[1] !== null)), budgetTargets };
}

function readNode(ctx: ParseContext, path: string, item: unknown, scope: { departments: ReadonlySet<string>; phases: ReadonlySet<string>; horizon: number | null }, budgetTargets: BudgetTargetRef[]): ReadNode {
  const { p } = ctx;
  const o = readObject(p, path, item, FIELDS);
  if (!o) return { path, key: null, parent: null, level: null, dependsOn: [] };
  readText(ctx, at(path, 'title'), o.title, MAX.title);
  if (o.description !== undefined) readText(ctx, at(path, 'description'), o.description, MAX.description);
  readDepartmentRef(p, at(path, 'department'), o.department, scope.departments);
  readChoice(p, at(path, 'owner'), o.owner, OWNER_ROLES);
  readChoice(p, at(path, 'dimension'), o.dimension, DIMENSIONS);
  readDecimal(p, at(path, 'weight'), o.weight, WEIGHT);
  readTiming(ctx, at(path, 'timing'), o.timing, scope);
  if (o.kpi !== undefined) readKpi(ctx, at(path, 'kpi'), o.kpi, budgetTargets);
  readChoice(p, at(path, 'recurrence'), o.recurrence, RECURRENCES);
  readList(p, at(path, 'checklist'), o.checklist, MAX.checklist).forEach((entry, i) => readText(ctx, at(at(path, 'checklist'), i), entry, MAX.title));
  const dependsOn = readList(p, at(path, 'dependsOn'), o.dependsOn, MAX.dependsOn).flatMap((d, i) => {
    const key = readKey(p, at(at(path, 'dependsOn'), i), d);
    return key === null ? [] : [{ key, path: at(at(path, 'dependsOn'), i) }];
  });
  return { path, key: readKey(p, at(path, 'key'), o.key), parent: readKey(p, at(path, 'parent'), o.parent), level: readChoice(p, at(path, 'level'), o.level, LEVELS), dependsOn };
}

function readTiming(ctx: ParseContext, path: string, value: unknown, scope: { phases: ReadonlySet<string>; horizon: number | null }): void {
  const { p } = ctx;
  const byPhase = typeof value === 'object' && value !== null && 'phase' in value;
  const o = readObject(p, path, value, byPhase ? { phase: 'required' } : { from: 'required', to: 'required' });
  if (!o) return;
  if (byPhase) {
    const phase = readKey(p, at(path, 'phase'), o.phase);
    if (phase !== null && !scope.phases.has(phase)) p.add(at(path, 'phase'), `names no phase of this template ("${phase}")`);
    return;
  }
  const horizon = scope.horizon ?? MAX.horizonMonths;
  const from = readMonthOffset(p, at(path, 'from'), o.from, horizon);
  const to = readMonthOffset(p, at(path, 'to'), o.to, horizon);
  if (from !== null && to !== null && to - from < MIN_SPAN_MONTHS - 1e-9) {
    p.add(at(path, 'to'), from >= to ? `must be after from (${from})` : `must be at least ${MIN_SPAN_MONTHS} of a month after from`);
  }
}

function readKpi(ctx: ParseContext, path: string, value: unknown, budgetTargets: BudgetTargetRef[]): void {
  const { p } = ctx;
  const o = readObject(p, path, value, KPI_FIELDS);
  if (!o) return;
  readText(ctx, at(path, 'name'), o.name, MAX.kpiName);
  readText(ctx, at(path, 'unit'), o.unit, MAX.kpiUnit, { allowEmpty: true });
  readChoice(p, at(path, 'direction'), o.direction, ['higher_is_better', 'lower_is_better'] as const);
  readNumber(ctx, at(path, 'baseline'), o.baseline, KPI_FIGURE);
  readNumber(ctx, at(path, 'target'), o.target, KPI_FIGURE);
  const source = readObject(p, at(path, 'budgetTarget'), o.budgetTarget, { scenario: 'required', measure: 'required', period: 'required' });
  if (source) budgetTargets.push({ path: at(path, 'budgetTarget'), source });
}

/** The cascade's own rule: strategies are roots, everything else hangs one level up (an activity may hang under a project). */
function checkParents(ctx: ParseContext, nodes: ReadNode[], levels: ReadonlyMap<string, Level | null>): void {
  const edges: Edge[] = [];
  for (const n of nodes) {
    const path = at(n.path, 'parent');
    if (n.level === 'strategy' && n.parent !== null) ctx.p.add(path, 'a strategy is a root: it has no parent');
    if (n.level === null || n.level === 'strategy') continue;
    if (n.parent === null) {
      ctx.p.add(path, `is required: a ${n.level} hangs under a ${allowedParentLevels(n.level).join(' or ')}`);
      continue;
    }
    const parentLevel = levels.get(n.parent);
    if (parentLevel === undefined) ctx.p.add(path, `names no node of this template ("${n.parent}")`);
    else if (parentLevel !== null && !canHangUnder(n.level, parentLevel)) ctx.p.add(path, `a ${n.level} hangs under a ${allowedParentLevels(n.level).join(' or ')}, not under a ${parentLevel}`);
    if (n.key !== null) edges.push({ from: n.key, to: n.parent, path });
  }
  for (const edge of cycleEdges([...levels.keys()], edges)) ctx.p.add(edge.path, `makes a parent cycle: "${edge.to}" is already below "${edge.from}"`);
}

function checkDependencies(ctx: ParseContext, nodes: ReadNode[], levels: ReadonlyMap<string, Level | null>): void {
  const edges: Edge[] = [];
  for (const n of nodes) {
    for (const d of n.dependsOn) {
      if (!levels.has(d.key)) ctx.p.add(d.path, `names no node of this template ("${d.key}")`);
      else if (d.key === n.key) ctx.p.add(d.path, 'a node cannot wait for itself');
      else if (n.key !== null) edges.push({ from: n.key, to: d.key, path: d.path });
    }
  }
  for (const edge of cycleEdges([...levels.keys()], edges)) ctx.p.add(edge.path, `makes a dependency cycle: "${edge.to}" already waits for "${edge.from}"`);
}

/** Budget-linked KPI targets need the budget, and a figure it has. */
export function checkBudgetTargets(ctx: ParseContext, targets: BudgetTargetRef[], budgetHorizon: number | null): void {
  for (const { path, source } of targets) {
    if (budgetHorizon === null) {
      ctx.p.add(path, 'needs the template’s budget');
      continue;
    }
    const strings = { scenario: String(source.scenario), measure: String(source.measure), period: String(source.period) };
    const problem = kpiTargetSourceProblem(strings, budgetHorizon);
    if (problem) ctx.p.add(at(path, problem.field), problem.message);
  }
}
