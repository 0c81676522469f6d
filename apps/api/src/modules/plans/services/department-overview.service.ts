import { Injectable } from '@nestjs/common';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { badInput, notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import type { DepartmentOverviewDto } from '../dtos/department-overview.dto';
import { levelRank, NODE_COLUMNS, NODE_SELECT, toNodeDto } from './cascade-sql.util';
import { pacedNode } from './paced-node.util';

/** The at-risk list is for reading through, not for export: longer lists say "and N more". */
export const AT_RISK_LIMIT = 100;

const OPEN = `n.status NOT IN ('done', 'cancelled')`;
/** Never NULL (an undated node is not late), so it sorts as false. */
const LATE = `(coalesce(n.due_date < current_date, false) AND ${OPEN})`;

/**
 * A department's part of a plan, for its manager: the nodes whose
 * department_id is the department, in a fixed number of statements.
 */
@Injectable()
export class DepartmentOverviewService {
  constructor(private readonly db: TenantDb) {}

  /** `departmentId` null: the caller's own department. */
  overview(caller: MemberCaller, planId: string, departmentId: string | null): Promise<DepartmentOverviewDto> {
    const department = departmentId ?? caller.departmentId;
    if (!department) throw badInput('departmentId', 'You belong to no department: choose one.');
    const scope = [caller.orgId, planId, department];
    const mine = `n.org_id = $1 AND n.plan_id = $2 AND n.department_id = $3 AND n.deleted_at IS NULL`;
    return this.db.run(caller, async (em) => {
      const [found] = await sql<Row>(
        em,
        `SELECT current_date::text AS today,
                EXISTS (SELECT 1 FROM plans p WHERE p.id = $2 AND p.org_id = $1) AS plan,
                EXISTS (SELECT 1 FROM departments d WHERE d.id = $3 AND d.org_id = $1 AND d.deleted_at IS NULL) AS department`,
        scope,
      );
      if (!found.plan) throw notFound('The plan');
      if (!found.department) throw notFound('The department');
      const today = found.today as string;

      const projects = await sql<Row>(em, `${NODE_SELECT} WHERE ${mine} AND n.level = 'project' ORDER BY n.due_date NULLS LAST, n.sort_order, n.title, n.id`, scope);
      // Ranked on the slim rows, so only the nodes shown pay for their full columns.
      const urgency = `${LATE} DESC, (n.status = 'off_track') DESC, n.due_date NULLS LAST, ${levelRank('n')}, n.title, n.id`;
      const atRisk = await sql<Row>(
        em,
        `WITH risky AS (SELECT n.id, row_number() OVER (ORDER BY ${urgency}) AS rank FROM plan_nodes n
                         WHERE ${mine} AND ${OPEN} AND (n.status IN ('at_risk', 'off_track') OR n.due_date < current_date))
         SELECT ${NODE_COLUMNS}, (SELECT count(*)::int FROM risky) AS total
           FROM plan_nodes n JOIN risky r ON r.id = n.id WHERE r.rank <= ${AT_RISK_LIMIT} ORDER BY r.rank`,
        scope,
      );
      const workload = await sql<Row>(
        em,
        `SELECT n.owner_id,
                count(*) FILTER (WHERE ${OPEN})::int AS open,
                count(*) FILTER (WHERE ${LATE})::int AS overdue,
                count(*) FILTER (WHERE n.status IN ('at_risk', 'off_track'))::int AS at_risk,
                count(*) FILTER (WHERE n.status = 'done')::int AS done
           FROM plan_nodes n WHERE ${mine} AND n.status <> 'cancelled'
          GROUP BY n.owner_id ORDER BY open DESC, overdue DESC, n.owner_id NULLS LAST`,
        scope,
      );

      return {
        orgId: caller.orgId,
        departmentId: department,
        today,
        projects: projects.map((p) => pacedNode(toNodeDto(p), today)),
        atRisk: atRisk.map(toNodeDto),
        atRiskTotal: (atRisk[0]?.total as number | undefined) ?? 0,
        workload: workload.map((w) => ({
          orgId: caller.orgId,
          ownerId: w.owner_id as string | null,
          open: w.open as number,
          overdue: w.overdue as number,
          atRisk: w.at_risk as number,
          done: w.done as number,
        })),
      };
    });
  }
}
