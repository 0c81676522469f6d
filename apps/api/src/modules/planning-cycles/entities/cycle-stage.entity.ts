import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { StageStatus } from '@opsplan/domain';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { MembershipEntity } from '../../members/membership.entity';
import { DepartmentEntity } from '../../departments/department.entity';
import { PlanningCycleEntity } from './planning-cycle.entity';

/**
 * One stage of a planning cycle: who runs it, when it is due, which stages
 * must be approved before it can be submitted, and where it stands
 * (not_started → in_progress → submitted → approved, or returned).
 */
@Entity('cycle_stages')
@Index('cycle_stages_cycle_idx', ['cycleId', 'position'])
@Index('cycle_stages_responsible_idx', ['responsibleId'])
@Check('cycle_stages_status_check', `"status" IN ('not_started','in_progress','submitted','approved','returned')`)
@Check('cycle_stages_dates_check', `"due_date" >= "start_date"`)
export class CycleStageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Column({ type: 'uuid' }) cycleId!: string;

  @ManyToOne(() => PlanningCycleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: PlanningCycleEntity;

  /** One of the default STAGE_KEYS, or null for a stage the organisation added. */
  @Column({ type: 'varchar', length: 32, nullable: true }) key!: string | null;

  @Column({ type: 'varchar', length: 200 }) name!: string;

  /** Order in the cycle, 1 first. */
  @Column({ type: 'integer' }) position!: number;

  @Column({ type: 'uuid', nullable: true }) ownerDepartmentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_department_id' })
  ownerDepartment?: DepartmentEntity;

  /** The member who answers for the stage's work. */
  @Column({ type: 'uuid', nullable: true }) responsibleId!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'responsible_id' })
  responsible?: MembershipEntity;

  @Column({ type: 'date' }) startDate!: string;
  @Column({ type: 'date' }) dueDate!: string;

  /** Stages of the same cycle that must be approved before this one is submitted (acyclic; checked on write). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) dependsOn!: string[];

  @Column({ type: 'varchar', length: 16, default: 'not_started' }) status!: StageStatus;

  /** Why it was last returned, until it is submitted again. */
  @Column({ type: 'varchar', length: 2000, nullable: true }) returnReason!: string | null;

  /** Who submitted it, while it is submitted or approved: nobody approves their own submission. */
  @Column({ type: 'uuid', nullable: true }) submittedBy!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by' })
  submitter?: MembershipEntity;

  @Column({ type: 'timestamptz', nullable: true }) submittedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true }) deletedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
