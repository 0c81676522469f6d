import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuditChangeValue } from '../audit-log.entity';

/** Field names whose values never enter the audit log. */
const SENSITIVE = /salary|salaries|password|token|secret|wage|pay$/i;
export const REDACTED = '[redacted]';

export interface AuditRecord {
  orgId: string;
  actorUserId: string | null;
  requestId: string | null;
  entity: string;
  entityId: string;
  action: string;
  before?: object | null;
  after?: object | null;
}

/** Writes audit rows inside the caller's transaction, so they exist exactly when the change does. */
@Injectable()
export class AuditService {
  async record(em: EntityManager, record: AuditRecord): Promise<void> {
    const changes = diff((record.before ?? null) as Record<string, unknown> | null, (record.after ?? null) as Record<string, unknown> | null);
    await em.query(
      `INSERT INTO audit_log (org_id, actor_user_id, request_id, entity, entity_id, action, changes) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [record.orgId, record.actorUserId, record.requestId, record.entity, record.entityId, record.action, JSON.stringify(changes)],
    );
  }

  /** Many records, each with its own changes, in one statement (a save of many lines is one round trip, not one per line). */
  async recordEach(em: EntityManager, records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    const rows = records.map((r) => ({
      org_id: r.orgId,
      actor_user_id: r.actorUserId,
      request_id: r.requestId,
      entity: r.entity,
      entity_id: r.entityId,
      action: r.action,
      changes: diff((r.before ?? null) as Record<string, unknown> | null, (r.after ?? null) as Record<string, unknown> | null),
    }));
    await em.query(
      `INSERT INTO audit_log (org_id, actor_user_id, request_id, entity, entity_id, action, changes)
       SELECT org_id, actor_user_id, request_id, entity, entity_id, action, changes
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (org_id uuid, actor_user_id uuid, request_id varchar, entity varchar, entity_id varchar, action varchar, changes jsonb))
         WITH ORDINALITY AS t(org_id, actor_user_id, request_id, entity, entity_id, action, changes, n)
        ORDER BY n`,
      [JSON.stringify(rows)],
    );
  }

  /** One row per entity for an action that carries no field changes (deleting or restoring a whole subtree), in one statement. */
  async recordMany(em: EntityManager, record: Omit<AuditRecord, 'entityId' | 'before' | 'after'>, entityIds: readonly string[]): Promise<void> {
    if (entityIds.length === 0) return;
    await em.query(
      `INSERT INTO audit_log (org_id, actor_user_id, request_id, entity, entity_id, action, changes)
       SELECT $1, $2, $3, $4, id, $6, '[]'::jsonb FROM unnest($5::varchar[]) WITH ORDINALITY AS t(id, n) ORDER BY n`,
      [record.orgId, record.actorUserId, record.requestId, record.entity, entityIds, record.action],
    );
  }
}

/** The fields that differ between before and after, with sensitive values redacted. */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChangeValue[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditChangeValue[] = [];
  for (const field of keys) {
    if (['updatedAt', 'createdAt', 'version'].includes(field)) continue;
    const b = normalise(before?.[field]);
    const a = normalise(after?.[field]);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    const redact = SENSITIVE.test(field);
    changes.push({ field, before: redact && b !== null ? REDACTED : b, after: redact && a !== null ? REDACTED : a });
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value;
}
