import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../organizations/organization.entity';
import type { MembershipEntity } from '../members/membership.entity';

/** A unit of the organisation chart (e.g. Sales center, Finance center); a tree per organisation. */
@Entity('departments')
export class DepartmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Index()
  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true }) parentId!: string | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: DepartmentEntity;

  @Column({ type: 'varchar', length: 120 }) name!: string;

  /** The membership that manages this department. */
  @Column({ type: 'uuid', nullable: true }) managerId!: string | null;

  @ManyToOne('MembershipEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id' })
  manager?: MembershipEntity;

  /** The HR department (marking one unmarks the others): its manager edits the budget's positions and sees salaries. */
  @Column({ type: 'boolean', default: false }) isHr!: boolean;

  @Column({ type: 'integer', default: 0 }) sortOrder!: number;

  /** Soft delete: a deleted department and its subtree share one batch id, so one restore brings all back. */
  @Column({ type: 'timestamptz', nullable: true }) deletedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) deletedBatch!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
