import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import { OrganizationEvents } from '../../events/organization-events.service';

export const OVERDUE_JOB = 'overdue_stage_reminders';
const HOUR = 60 * 60 * 1000;

/**
 * Once a day, every overdue stage notifies the member responsible for it and
 * the planning group's leader. Every API instance ticks hourly; the first to
 * claim the day in scheduled_job_runs runs it, and the notifications' daily
 * key makes a repeated run on the same day harmless anyway.
 */
@Injectable()
export class OverdueRemindersService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(OverdueRemindersService.name);
  private timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly db: TenantDb,
    private readonly events: OrganizationEvents,
  ) {}

  onApplicationBootstrap(): void {
    // Tests run the job by calling runDaily(); a timer would race them.
    if (process.env.NODE_ENV === 'test') return;
    const tick = () => void this.runDaily().catch((error: unknown) => this.log.error(error));
    this.timers = [setTimeout(tick, 60_000).unref(), setInterval(tick, HOUR).unref()];
  }

  onModuleDestroy(): void {
    this.timers.forEach((t) => clearTimeout(t));
  }

  /** Runs today's reminders unless another run (here or on another instance) has claimed today; true when this one ran. */
  async runDaily(): Promise<boolean> {
    const [claimed] = await this.db.query(`INSERT INTO scheduled_job_runs (job, run_on) VALUES ($1, current_date) ON CONFLICT DO NOTHING RETURNING job`, [OVERDUE_JOB]);
    if (!claimed) return false;
    await this.sendReminders();
    return true;
  }

  /** Notifies about every overdue stage of every organisation, at most once per recipient, stage and day. Returns how many were new. */
  async sendReminders(): Promise<number> {
    const orgs = await this.db.query<{ org_id: string }>(`SELECT org_id FROM app_orgs_with_overdue_stages(current_date) AS org_id`);
    let total = 0;
    for (const { org_id: orgId } of orgs) {
      const created = await this.db.run({ orgId, userId: null }, (em) =>
        sql(
          em,
          `INSERT INTO notifications (org_id, recipient_id, kind, cycle_id, stage_id, message, day)
           SELECT DISTINCT s.org_id, r.id, 'stage_overdue', s.cycle_id, s.id, left(s.name || ' (due ' || s.due_date::text || ')', 500), current_date
             FROM cycle_stages s JOIN planning_cycles c ON c.id = s.cycle_id
             CROSS JOIN LATERAL (VALUES (s.responsible_id), (c.leader_id)) AS r(id)
            WHERE s.org_id = $1 AND s.deleted_at IS NULL AND s.status <> 'approved' AND s.due_date < current_date AND r.id IS NOT NULL
           ON CONFLICT (recipient_id, kind, stage_id, day) WHERE kind = 'stage_overdue' DO NOTHING
           RETURNING id`,
          [orgId],
        ),
      );
      if (created.length > 0) this.events.publish(orgId, { entity: 'notification', entityId: orgId, action: 'create', actorId: null });
      total += created.length;
    }
    return total;
  }
}
