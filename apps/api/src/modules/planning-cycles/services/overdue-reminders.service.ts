import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantDb } from '../../../database/tenant-db.service';
import { sql } from '../../../database/sql';
import { OrganizationEvents } from '../../events/organization-events.service';

export const OVERDUE_JOB = 'overdue_stage_reminders';
const HOUR = 60 * 60 * 1000;

/**
 * Once a day, every overdue stage notifies the member responsible for it and
 * the planning group's leader. Every API instance ticks hourly. A run claims
 * the day in scheduled_job_runs and sends the reminders in the same
 * transaction: an instance that ticks at the same moment waits on the
 * uncommitted claim and then finds the day taken, and a run that fails or
 * dies half-way rolls its claim back with its reminders, so the next tick
 * (on any instance) runs the day again. The notifications' daily key makes a
 * repeated run harmless anyway.
 */
@Injectable()
export class OverdueRemindersService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(OverdueRemindersService.name);
  private timers: NodeJS.Timeout[] = [];
  private readonly tick = () => void this.runDaily().catch((error: unknown) => this.log.error(error));
  private readonly onTestHook = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === 'run-overdue-reminders') this.tick();
  };

  constructor(
    private readonly db: TenantDb,
    private readonly events: OrganizationEvents,
  ) {}

  onApplicationBootstrap(): void {
    // The multi-instance test fires every instance's tick at the same instant, through the IPC channel it started them with.
    if (process.env.OPSPLAN_TEST_HOOKS === 'true') process.on('message', this.onTestHook);
    // Tests run the job by calling runDaily(); a timer would race them.
    if (process.env.NODE_ENV === 'test') return;
    this.timers = [setTimeout(this.tick, 60_000).unref(), setInterval(this.tick, HOUR).unref()];
  }

  onModuleDestroy(): void {
    process.off('message', this.onTestHook);
    this.timers.forEach((t) => clearTimeout(t));
  }

  /** Runs today's reminders unless another run (here or on another instance) has claimed today; true when this one ran. */
  async runDaily(): Promise<boolean> {
    const notified = await this.db.run({ orgId: null, userId: null }, async (em) => {
      const [claimed] = await sql(em, `INSERT INTO scheduled_job_runs (job, run_on) VALUES ($1, current_date) ON CONFLICT DO NOTHING RETURNING job`, [
        OVERDUE_JOB,
      ]);
      return claimed ? this.notifyOverdue(em) : null;
    });
    if (!notified) {
      this.log.log('overdue reminders: today already claimed');
      return false;
    }
    this.announce(notified);
    this.log.log(`overdue reminders: sent ${sum(notified)} in ${notified.size} organisation(s)`);
    return true;
  }

  /** Notifies about every overdue stage of every organisation, at most once per recipient, stage and day. Returns how many were new. */
  async sendReminders(): Promise<number> {
    const notified = await this.db.run({ orgId: null, userId: null }, (em) => this.notifyOverdue(em));
    this.announce(notified);
    return sum(notified);
  }

  /** In the caller's transaction, organisation by organisation (row-level security sees one at a time): new notifications per organisation. */
  private async notifyOverdue(em: EntityManager): Promise<Map<string, number>> {
    const orgs = await sql<{ org_id: string }>(em, `SELECT org_id FROM app_orgs_with_overdue_stages(current_date) AS org_id`);
    const created = new Map<string, number>();
    for (const { org_id: orgId } of orgs) {
      await sql(em, `SELECT set_config('app.org_id', $1, true)`, [orgId]);
      const rows = await sql(
        em,
        `INSERT INTO notifications (org_id, recipient_id, kind, cycle_id, stage_id, message, due_date, day)
         SELECT DISTINCT s.org_id, r.id, 'stage_overdue', s.cycle_id, s.id, left(s.name, 500), s.due_date, current_date
           FROM cycle_stages s JOIN planning_cycles c ON c.id = s.cycle_id
           CROSS JOIN LATERAL (VALUES (s.responsible_id), (c.leader_id)) AS r(id)
          WHERE s.org_id = $1 AND s.deleted_at IS NULL AND s.status <> 'approved' AND s.due_date < current_date AND r.id IS NOT NULL
         ON CONFLICT (recipient_id, kind, stage_id, day) WHERE kind = 'stage_overdue' DO NOTHING
         RETURNING id`,
        [orgId],
      );
      if (rows.length > 0) created.set(orgId, rows.length);
    }
    await sql(em, `SELECT set_config('app.org_id', '', true)`);
    return created;
  }

  /** After commit: each organisation with new reminders hears once. */
  private announce(notified: Map<string, number>): void {
    for (const orgId of notified.keys()) this.events.publish(orgId, { entity: 'notification', entityId: orgId, action: 'create', actorId: null });
  }
}

const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
