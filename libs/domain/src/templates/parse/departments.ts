import type { DepartmentKind } from '../types';
import { cycleEdges, Edge } from './graph';
import { at, checkUnique, Problems, readBoolean, readChoice, readKey, readList, readObject } from './reader';
import { MAX } from './rules';
import { ParseContext, readText } from './context';

const FIELDS = { key: 'required', name: 'required', parent: 'optional', kind: 'optional', isHr: 'optional', roles: 'optional' } as const;
const KINDS: readonly DepartmentKind[] = ['presidents_office', 'sales', 'finance', 'rnd', 'supply', 'hr', 'operations', 'other'];

/** The departments' keys; parents known and acyclic, at most one HR department. */
export function parseDepartments(ctx: ParseContext, value: unknown): Set<string> {
  const { p } = ctx;
  const items = readList(p, 'departments', value, MAX.departments);
  const read = items.map((item, i) => readDepartment(ctx, at('departments', i), item));
  const keys = read.map((d) => d.key);
  checkUnique(p, 'departments', keys);
  const known = new Set(keys.filter((k): k is string => k !== null));
  const edges: Edge[] = [];
  read.forEach((d, i) => {
    if (d.parent === null) return;
    const path = at(at('departments', i), 'parent');
    if (!known.has(d.parent)) p.add(path, `names no department of this template ("${d.parent}")`);
    else if (d.key !== null) edges.push({ from: d.key, to: d.parent, path });
  });
  for (const edge of cycleEdges([...known], edges)) p.add(edge.path, `makes a cycle: "${edge.to}" is already below "${edge.from}"`);
  const hr = read.map((d, i) => (d.isHr ? i : -1)).filter((i) => i >= 0);
  for (const i of hr.slice(1)) p.add(at(at('departments', i), 'isHr'), `only one department plans headcount and salaries; departments[${hr[0]}] already does`);
  return known;
}

function readDepartment(ctx: ParseContext, path: string, item: unknown): { key: string | null; parent: string | null; isHr: boolean } {
  const { p } = ctx;
  const o = readObject(p, path, item, FIELDS);
  if (!o) return { key: null, parent: null, isHr: false };
  readText(ctx, at(path, 'name'), o.name, MAX.departmentName);
  readChoice(p, at(path, 'kind'), o.kind, KINDS);
  readList(p, at(path, 'roles'), o.roles, MAX.roles).forEach((role, i) => readText(ctx, at(at(path, 'roles'), i), role, MAX.name));
  return { key: readKey(p, at(path, 'key'), o.key), parent: readKey(p, at(path, 'parent'), o.parent), isHr: readBoolean(p, at(path, 'isHr'), o.isHr) === true };
}

export function readDepartmentRef(p: Problems, path: string, value: unknown, departments: ReadonlySet<string>): string | null {
  const key = readKey(p, path, value);
  if (key !== null && !departments.has(key)) p.add(path, `names no department of this template ("${key}")`);
  return key;
}
