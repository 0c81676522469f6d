import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PlanSnapshot } from '@opsplan/domain';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { PlanEntity } from '../../plans/entities/plan.entity';

/**
 * An immutable version of a plan: its cascade (and, once they exist, budget
 * scenarios and headcount plan) as they stood when the plan was approved or
 * an executive took a snapshot. The app's role may insert and read, never
 * update or delete, and a trigger stops even the owner (as for audit_log).
 * The foreign keys do not cascade: a plan or organisation with versions
 * cannot be deleted by accident.
 */
@Entity('plan_versions')
@Unique('plan_versions_plan_number_key', ['planId', 'number'])
@Index('plan_versions_org_plan_idx', ['orgId', 'planId'])
@Check('plan_versions_source_check', `"source" IN ('cycle_approval','manual')`)
@Check('plan_versions_number_check', `"number" >= 1`)
export class PlanVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Column({ type: 'uuid' }) planId!: string;

  @ManyToOne(() => PlanEntity)
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  /** 1, 2, … within the plan, in the order taken. */
  @Column({ type: 'integer' }) number!: number;

  @Column({ type: 'varchar', length: 120 }) label!: string;

  /** 'cycle_approval' when approving the planning cycle's last stage took it, 'manual' when someone did. */
  @Column({ type: 'varchar', length: 16 }) source!: 'cycle_approval' | 'manual';

  /** The user who took it; no foreign key, so the version outlives any account (as audit_log's actor). */
  @Column({ type: 'uuid', nullable: true }) createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;

  /** The frozen plan: see PlanSnapshot (libs/domain/src/versions/snapshot.ts) for its format. */
  @Column({ type: 'jsonb' }) snapshot!: PlanSnapshot;
}
