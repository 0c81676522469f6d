import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Which day's run of a scheduled job has been claimed. Every API instance
 * ticks; the one whose insert of (job, day) succeeds runs the job. Not tenant
 * data: it names no organisation.
 */
@Entity('scheduled_job_runs')
export class ScheduledJobRunEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 }) job!: string;
  @PrimaryColumn({ type: 'date' }) runOn!: string;
  @CreateDateColumn({ type: 'timestamptz' }) claimedAt!: Date;
}
