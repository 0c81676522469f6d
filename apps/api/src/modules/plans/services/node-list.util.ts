import type { FieldTree } from '../../../common/graphql/selection';
import type { Row } from '../../../database/versioned-update';
import { toMemberDto } from '../../members/services/members.service';
import { toDepartmentDto } from '../../departments/services/departments.service';
import type { MemberDto } from '../../members/dtos/member.dto';
import type { DepartmentDto } from '../../departments/dtos/department.dto';
import type { PlanNodeDto } from '../dtos/plan-node.dto';
import { nodeColumnsFor, toNodeDto } from './cascade-sql.util';

/**
 * How a list read of plan nodes fetches exactly what the query asks for in
 * one statement: the node columns behind the requested fields, and, when the
 * query asks for owners or departments, those rows joined in, so that
 * thousands of nodes need neither a second query nor a lookup per node.
 */
export interface NodeListShape {
  /** After SELECT: the columns (on alias n, plus the joined o_ and d_ columns). */
  columns: string;
  /** After FROM plan_nodes n: the joins the columns need. */
  joins: string;
  /** Builds the DTOs, each owner and department object shared between the nodes that show it. */
  toDtos(rows: Row[]): PlanNodeDto[];
}

/** Department fields computed per department rather than read from its row: left to the batched lookup. */
const DEPARTMENT_COMPUTED = ['memberCount'];

export function nodeListShape(fields: FieldTree): NodeListShape {
  const owner = fields.get('owner');
  const department = fields.get('department');
  const joinDepartment = department !== undefined && !DEPARTMENT_COMPUTED.some((f) => department.has(f));
  const columns = [nodeColumnsFor(new Set(fields.keys()))];
  const joins: string[] = [];
  if (owner) {
    // Only the member fields asked for; the rest of the MemberDto stays empty, and
    // GraphQL reads nothing else (Member.department looks up o_department_id).
    const user = owner.get('user');
    const wanted: [boolean, string][] = [
      [owner.has('role'), 'om.role AS o_role'],
      [owner.has('active'), 'om.active AS o_active'],
      [owner.has('version'), 'om.version AS o_version'],
      [owner.has('joinedAt'), 'om.created_at AS o_created_at'],
      [owner.has('department'), 'om.department_id AS o_department_id'],
      [user !== undefined, 'om.user_id AS o_user_id'],
      [user?.has('email') ?? false, 'ou.email AS o_email'],
      [user?.has('displayName') ?? false, 'ou.display_name AS o_display_name'],
      [user?.has('locale') ?? false, 'ou.locale AS o_locale'],
    ];
    columns.push(['om.id AS o_id', ...wanted.filter(([asked]) => asked).map(([, column]) => column)].join(', '));
    joins.push(
      `LEFT JOIN memberships om ON om.id = n.owner_id AND om.org_id = n.org_id${user ? ' LEFT JOIN users ou ON ou.id = om.user_id' : ''}`,
    );
  }
  if (joinDepartment) {
    const wanted: [boolean, string][] = [
      [department.has('parentId'), 'od.parent_id AS d_parent_id'],
      [department.has('manager'), 'od.manager_id AS d_manager_id'],
      [department.has('sortOrder'), 'od.sort_order AS d_sort_order'],
      [department.has('version'), 'od.version AS d_version'],
    ];
    columns.push(['od.id AS d_id', 'od.name AS d_name', ...wanted.filter(([asked]) => asked).map(([, column]) => column)].join(', '));
    joins.push(`LEFT JOIN departments od ON od.id = n.department_id AND od.org_id = n.org_id AND od.deleted_at IS NULL`);
  }
  return {
    columns: columns.join(', '),
    joins: joins.join(' '),
    toDtos(rows) {
      const members = new Map<string, MemberDto | null>();
      const departments = new Map<string, DepartmentDto | null>();
      return rows.map((row) => {
        const dto = toNodeDto(row);
        if (owner) dto.owner = shared(members, row.owner_id as string | null, () => joinedMember(row));
        if (joinDepartment) dto.department = shared(departments, row.department_id as string | null, () => joinedDepartment(row));
        return dto;
      });
    },
  };
}

function shared<V>(cache: Map<string, V | null>, id: string | null, build: () => V | null): V | null {
  if (id === null) return null;
  let value = cache.get(id);
  if (value === undefined) cache.set(id, (value = build()));
  return value;
}

/** null when the owner's membership is not visible (it always is within the organisation). */
const joinedMember = (row: Row): MemberDto | null =>
  row.o_id == null
    ? null
    : toMemberDto({
        id: row.owner_id,
        org_id: row.org_id,
        user_id: row.o_user_id,
        email: row.o_email,
        display_name: row.o_display_name,
        locale: row.o_locale,
        role: row.o_role,
        department_id: row.o_department_id,
        active: row.o_active,
        created_at: row.o_created_at,
        version: row.o_version,
      });

/** null for a deleted department, as the department lookup answers. */
const joinedDepartment = (row: Row): DepartmentDto | null =>
  row.d_id == null
    ? null
    : toDepartmentDto({
        id: row.department_id,
        org_id: row.org_id,
        name: row.d_name,
        parent_id: row.d_parent_id,
        manager_id: row.d_manager_id,
        sort_order: row.d_sort_order,
        version: row.d_version,
      });
