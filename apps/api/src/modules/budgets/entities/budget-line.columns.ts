import { Column, CreateDateColumn, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { BudgetEntity } from './budget.entity';

/**
 * What every budget line has: its budget and organisation, an order, soft
 * deletion (one batch id per save or import, so one restore brings the
 * batch back), the import that created it, and an optimistic-concurrency version.
 */
export abstract class BudgetLineColumns {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Index()
  @Column({ type: 'uuid' }) budgetId!: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: BudgetEntity;

  @Column({ type: 'integer', default: 0 }) sortOrder!: number;

  @Column({ type: 'timestamptz', nullable: true }) deletedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) deletedBatch!: string | null;
  /** The import batch that created the line (undoing the import deletes it again); null for lines saved one by one. */
  @Column({ type: 'uuid', nullable: true }) createdBatch!: string | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
