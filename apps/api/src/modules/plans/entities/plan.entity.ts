import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { PlanStatus } from '@opsplan/domain';
import { OrganizationEntity } from '../../organizations/organization.entity';

/** An organisation's annual operating plan: one per plan year. Its progress is computed at read time from its strategies. */
@Entity('plans')
@Unique('plans_org_year_key', ['orgId', 'year'])
@Check('plans_status_check', `"status" IN ('draft','approved','archived')`)
@Check('plans_year_check', `"year" BETWEEN 2000 AND 2100`)
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  /** The plan year (the fiscal year it plans). */
  @Column({ type: 'smallint' }) year!: number;

  @Column({ type: 'varchar', length: 120 }) name!: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' }) status!: PlanStatus;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
