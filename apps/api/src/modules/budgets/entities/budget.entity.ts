import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Financing } from '@opsplan/domain';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { PlanEntity } from '../../plans/entities/plan.entity';
import { MembershipEntity } from '../../members/membership.entity';

/** The latest import of a budget, as its Undo needs it. */
export interface BudgetImportUndo {
  batchId: string;
  financing: Omit<Financing, 'loans'>;
}

/**
 * A plan's driver-based budget: its horizon, investment and financing, and
 * the stretch target's global multipliers. Its lines (revenue, cost,
 * positions, loans) and actuals are rows of their own. One live budget per
 * plan. Money is numeric(14,2), rates numeric(10,8), multipliers
 * numeric(10,6): the ranges validateBudget allows.
 */
@Entity('budgets')
@Index('budgets_plan_live_key', ['planId'], { unique: true, where: `"deleted_at" IS NULL` })
@Index('budgets_org_idx', ['orgId'])
@Check('budgets_horizon_check', `"horizon_months" BETWEEN 12 AND 60`)
@Check('budgets_start_month_check', `"start_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
export class BudgetEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Column({ type: 'uuid' }) planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  @Column({ type: 'varchar', length: 120 }) name!: string;

  /** First month of the horizon, YYYY-MM. */
  @Column({ type: 'varchar', length: 7 }) startMonth!: string;

  @Column({ type: 'smallint' }) horizonMonths!: number;

  /** Capex paid in month 1, depreciated straight-line over depreciationMonths. */
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 }) initialInvestment!: string;
  @Column({ type: 'integer', default: 60 }) depreciationMonths!: number;
  @Column({ type: 'numeric', precision: 14, scale: 2, default: 0 }) ownFunds!: string;
  /** Null: no income tax. */
  @Column({ type: 'numeric', precision: 10, scale: 8, nullable: true }) incomeTaxRate!: string | null;

  /** The stretch target's global multipliers; null is 1. */
  @Column({ type: 'numeric', precision: 10, scale: 6, nullable: true }) stretchVolume!: string | null;
  @Column({ type: 'numeric', precision: 10, scale: 6, nullable: true }) stretchPrice!: string | null;
  @Column({ type: 'numeric', precision: 10, scale: 6, nullable: true }) stretchVariableCost!: string | null;
  @Column({ type: 'numeric', precision: 10, scale: 6, nullable: true }) stretchFixedCost!: string | null;
  @Column({ type: 'numeric', precision: 10, scale: 6, nullable: true }) stretchHeadcount!: string | null;

  /** Locked for approval (stage 7 of the cycle): drivers and positions refuse edits, actuals do not. */
  @Column({ type: 'timestamptz', nullable: true }) lockedAt!: Date | null;
  @Column({ type: 'uuid', nullable: true }) lockedBy!: string | null;

  @ManyToOne(() => MembershipEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'locked_by' })
  locker?: MembershipEntity;

  /**
   * What undoing the latest import needs besides its batch of deleted lines:
   * the financing the import replaced. Null when there is no import to undo.
   */
  @Column({ type: 'jsonb', nullable: true }) importUndo!: BudgetImportUndo | null;

  @Column({ type: 'timestamptz', nullable: true }) deletedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
