import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { BlueprintDepartment, DepartmentKind, NAME_MAX_LENGTH } from '@opsplan/domain';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { badInput } from '../../../common/errors/app-error';

/** A blueprint department as it stands in the organisation: one it already had, or one just created. */
export interface PlacedDepartment {
  key: string;
  id: string;
  name: string;
  kind: DepartmentKind | null;
  /** The department's active manager, who owns the template's work in it. */
  managerId: string | null;
  created: boolean;
}

export interface PlacedDepartments {
  byKey: Map<string, PlacedDepartment>;
  /** The rows inserted, in the blueprint's order (for the audit log). */
  created: Row[];
  /** Every live department of the organisation after the placement, in its order (for the cycle's owners). */
  all: { id: string; name: string; managerId: string | null }[];
}

/** Names compare as people read them: without surrounding spaces, whatever the case. */
const sameName = (name: string) => name.trim().toLocaleLowerCase('en');

/**
 * Finds each department of the blueprint among the organisation's live ones
 * by name and creates those it lacks, under their parents, in one statement.
 * An organisation keeps its own departments as they are (name, place,
 * manager, HR flag); a created one is marked HR only while no other is, since
 * one department's manager plans headcount and salaries.
 */
export async function placeDepartments(em: EntityManager, orgId: string, wanted: readonly BlueprintDepartment[], field: string): Promise<PlacedDepartments> {
  const live = await sql<Row>(
    em,
    `SELECT d.id, d.name, d.is_hr, m.id AS manager_id FROM departments d LEFT JOIN memberships m ON m.id = d.manager_id AND m.active
      WHERE d.org_id = $1 AND d.deleted_at IS NULL ORDER BY d.sort_order, d.name, d.id`,
    [orgId],
  );
  const byName = new Map<string, Row>();
  for (const row of live) if (!byName.has(sameName(row.name as string))) byName.set(sameName(row.name as string), row);

  const byKey = new Map<string, PlacedDepartment>();
  const missing: BlueprintDepartment[] = [];
  for (const d of wanted) {
    const found = byName.get(sameName(d.name));
    if (found) byKey.set(d.key, { key: d.key, id: found.id as string, name: found.name as string, kind: d.kind, managerId: (found.manager_id as string | null) ?? null, created: false });
    else missing.push(d);
  }
  // Ids first, so a parent and its children go in together whatever their order.
  for (const d of missing) byKey.set(d.key, { key: d.key, id: randomUUID(), name: d.name.trim(), kind: d.kind, managerId: null, created: true });

  let hrTaken = live.some((r) => r.is_hr);
  const records = missing.map((d, i) => {
    const name = d.name.trim();
    if ([...name].length > NAME_MAX_LENGTH) throw badInput(field, `The department name “${name}” is longer than ${NAME_MAX_LENGTH} characters.`);
    const isHr = d.isHr && !hrTaken;
    if (isHr) hrTaken = true;
    return { id: byKey.get(d.key)?.id, parent_id: d.parentKey ? (byKey.get(d.parentKey)?.id ?? null) : null, name, is_hr: isHr, n: i + 1 };
  });
  const created =
    records.length === 0
      ? []
      : await sql<Row>(
          em,
          `INSERT INTO departments (id, org_id, parent_id, name, is_hr, sort_order)
           SELECT t.id, $1, t.parent_id, t.name, t.is_hr, (SELECT coalesce(max(sort_order), 0) FROM departments WHERE org_id = $1) + t.n
             FROM jsonb_to_recordset($2::jsonb) AS t(id uuid, parent_id uuid, name varchar, is_hr boolean, n integer)
            ORDER BY t.n
           RETURNING *`,
          [orgId, JSON.stringify(records)],
        );
  const all = [
    ...live.map((r) => ({ id: r.id as string, name: r.name as string, managerId: (r.manager_id as string | null) ?? null })),
    ...missing.map((d) => ({ id: byKey.get(d.key)?.id as string, name: d.name.trim(), managerId: null })),
  ];
  return { byKey, created, all };
}

/** What the audit log keeps of a department the template created (as DepartmentsService does). */
export const createdDepartmentAuditView = (row: Row) => ({ name: row.name, parentId: row.parent_id, managerId: row.manager_id, isHr: row.is_hr ? true : undefined });
