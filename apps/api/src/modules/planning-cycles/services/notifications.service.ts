import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import type { Row } from '../../../database/versioned-update';
import { badInput, notFound } from '../../../common/errors/app-error';
import type { MemberCaller } from '../../../common/context/gql-context';
import { OrganizationEvents } from '../../events/organization-events.service';
import type { NotificationDto, NotificationPageDto } from '../dtos/notification.dto';

export interface NewNotification {
  orgId: string;
  recipients: readonly string[];
  kind: string;
  cycleId: string;
  stageId: string;
  actorId: string | null;
  message: string;
}

const CURSOR = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z\|[0-9a-f-]{36}$/;

/** The caller's in-app notifications (the bell), and writing them inside a change's transaction. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: TenantDb,
    private readonly events: OrganizationEvents,
  ) {}

  /** One notification per distinct recipient, in the caller's transaction. */
  async notify(em: EntityManager, n: NewNotification): Promise<void> {
    const recipients = [...new Set(n.recipients)];
    if (recipients.length === 0) return;
    await sql(
      em,
      `INSERT INTO notifications (org_id, recipient_id, kind, cycle_id, stage_id, actor_id, message)
       SELECT $1, r, $3, $4, $5, $6, left($7, 500) FROM unnest($2::uuid[]) AS r`,
      [n.orgId, recipients, n.kind, n.cycleId, n.stageId, n.actorId, n.message],
    );
  }

  /** Newest first; `after` is the previous page's nextCursor. */
  page(caller: MemberCaller, first: number, after: string | null): Promise<NotificationPageDto> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw badInput('first', 'first must be 1 to 100.');
    if (after !== null && !CURSOR.test(after)) throw badInput('after', 'That cursor is not valid.');
    const [createdAt, id] = after ? after.split('|') : [null, null];
    return this.db.run(caller, async (em) => {
      const rows = await sql<Row>(
        em,
        `SELECT id, org_id, kind, cycle_id, stage_id, actor_id, message, due_date::text AS due_date, read_at, created_at FROM notifications
          WHERE org_id = $1 AND recipient_id = $2 AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
          ORDER BY created_at DESC, id DESC LIMIT $5`,
        [caller.orgId, caller.membershipId, createdAt, id, first + 1],
      );
      const items = rows.slice(0, first).map(toNotificationDto);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > first && last ? `${last.createdAt.toISOString()}|${last.id}` : null };
    });
  }

  unreadCount(caller: MemberCaller): Promise<number> {
    return this.db.run(caller, async (em) => {
      const [row] = await sql<{ n: number }>(em, `SELECT count(*)::int AS n FROM notifications WHERE org_id = $1 AND recipient_id = $2 AND read_at IS NULL`, [
        caller.orgId,
        caller.membershipId,
      ]);
      return row.n;
    });
  }

  /** Marks the caller's own notifications read; any id that is not one of them answers NOT_FOUND and nothing changes. */
  async markRead(caller: MemberCaller, ids: readonly string[]): Promise<number> {
    const unique = [...new Set(ids)];
    const count = await this.db.run(caller, async (em) => {
      const rows = await sql<{ id: string }>(
        em,
        `UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE org_id = $1 AND recipient_id = $2 AND id = ANY($3::uuid[]) RETURNING id`,
        [caller.orgId, caller.membershipId, unique],
      );
      if (rows.length !== unique.length) throw notFound('The notification');
      return rows.length;
    });
    this.publish(caller);
    return count;
  }

  async markAllRead(caller: MemberCaller): Promise<number> {
    const count = await this.db.run(caller, async (em) => {
      const rows = await sql(em, `UPDATE notifications SET read_at = now() WHERE org_id = $1 AND recipient_id = $2 AND read_at IS NULL RETURNING id`, [
        caller.orgId,
        caller.membershipId,
      ]);
      return rows.length;
    });
    this.publish(caller);
    return count;
  }

  private publish(caller: MemberCaller): void {
    this.events.publish(caller.orgId, { entity: 'notification', entityId: caller.membershipId, action: 'read', actorId: caller.userId });
  }
}

const toNotificationDto = (r: Row): NotificationDto => ({
  id: r.id as string,
  orgId: r.org_id as string,
  kind: r.kind as string,
  cycleId: (r.cycle_id as string | null) ?? null,
  stageId: (r.stage_id as string | null) ?? null,
  actorId: (r.actor_id as string | null) ?? null,
  message: r.message as string,
  dueDate: (r.due_date as string | null) ?? null,
  readAt: (r.read_at as Date | null) ?? null,
  createdAt: r.created_at as Date,
});
