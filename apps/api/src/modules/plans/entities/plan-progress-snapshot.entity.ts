import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { PlanEntity } from './plan.entity';

/**
 * A plan's overall progress as it stood on one day, for the dashboard's trend
 * line: written when someone reads the dashboard (one row per plan per day,
 * the latest reading of the day wins). The plan's own figure is computed on
 * read from its strategies, so without these rows it would have no history.
 */
@Entity('plan_progress_snapshots')
@Check('plan_progress_snapshots_progress_check', `"progress" BETWEEN 0 AND 100`)
export class PlanProgressSnapshotEntity {
  @PrimaryColumn({ type: 'uuid' }) planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  /** The organisation's calendar day (the database's current_date when recorded). */
  @PrimaryColumn({ type: 'date' }) day!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  /** 0–100, as the plan's progress is reported. */
  @Column({ type: 'numeric', precision: 7, scale: 4 }) progress!: string;
}
