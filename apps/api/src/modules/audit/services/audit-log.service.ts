import { Injectable } from '@nestjs/common';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import { Row } from '../../../database/versioned-update';
import { badInput } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import type { AuditChangeValue } from '../audit-log.entity';
import type { AuditPageDto } from '../dtos/audit-entry.dto';
import { auditLabels } from './audit-labels.util';

const text = (value: unknown) => (value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value));

/** Reads the audit log newest first, a page at a time (keyset on id). */
@Injectable()
export class AuditLogService {
  constructor(private readonly db: TenantDb) {}

  page(caller: MemberCaller, first: number, after: string | null, entity: string | null): Promise<AuditPageDto> {
    if (after !== null && !/^\d{1,18}$/.test(after)) throw badInput('after', 'after must be a cursor from a previous page.');
    if (!Number.isInteger(first) || first < 1 || first > 200) throw badInput('first', 'first must be between 1 and 200.');
    if (entity !== null && !/^[a-z_]{1,64}$/.test(entity)) throw badInput('entity', 'entity must be the name of a kind of record, such as department.');
    return this.db.run(caller, async (em) => {
      const rows = await sql<Row>(
        em,
        `SELECT a.*, u.email, u.display_name, u.locale FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
          WHERE a.org_id = $1 AND ($2::bigint IS NULL OR a.id < $2::bigint) AND ($3::varchar IS NULL OR a.entity = $3)
          ORDER BY a.id DESC LIMIT $4`,
        [caller.orgId, after, entity, first + 1],
      );
      const page = rows.slice(0, first);
      const labels = await auditLabels(
        em,
        caller.orgId,
        page.map((row) => ({ entity: row.entity as string, entityId: row.entity_id as string, changes: row.changes as AuditChangeValue[] })),
      );
      const items = page.map((row) => ({
        id: String(row.id),
        actor: row.email
          ? { id: row.actor_user_id as string, email: row.email as string, displayName: row.display_name as string, locale: row.locale as string | null }
          : null,
        entity: row.entity as string,
        entityId: row.entity_id as string,
        entityLabel: labels.entity({ entity: row.entity as string, entityId: row.entity_id as string }),
        action: row.action as string,
        requestId: row.request_id as string | null,
        changes: (row.changes as AuditChangeValue[]).map((c) => ({
          field: c.field,
          before: text(c.before),
          after: text(c.after),
          beforeLabel: labels.value(row.entity as string, c.field, c.before),
          afterLabel: labels.value(row.entity as string, c.field, c.after),
        })),
        createdAt: row.created_at as Date,
      }));
      return { items, nextCursor: rows.length > first ? items[items.length - 1].id : null };
    });
  }
}
