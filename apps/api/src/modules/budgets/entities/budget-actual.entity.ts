import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from '../../organizations/organization.entity';
import { BudgetEntity } from './budget.entity';

/**
 * What a revenue line, cost line or position actually came to in a month.
 * One row per line and month; removing an entry deletes its row (the audit
 * log keeps what it was).
 */
@Entity('budget_actuals')
@Index('budget_actuals_line_month_key', ['budgetId', 'lineKind', 'lineId', 'month'], { unique: true })
@Check('budget_actuals_line_kind_check', `"line_kind" IN ('revenue','cost','position')`)
@Check('budget_actuals_month_check', `"month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`)
export class BudgetActualEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;

  @Column({ type: 'uuid' }) orgId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'org_id' })
  org?: OrganizationEntity;

  @Column({ type: 'uuid' }) budgetId!: string;

  @ManyToOne(() => BudgetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'budget_id' })
  budget?: BudgetEntity;

  @Column({ type: 'varchar', length: 16 }) lineKind!: 'revenue' | 'cost' | 'position';
  /** The line's id in budget_revenue_lines, budget_cost_lines or budget_positions. */
  @Column({ type: 'uuid' }) lineId!: string;
  @Column({ type: 'varchar', length: 7 }) month!: string;
  @Column({ type: 'numeric', precision: 14, scale: 2 }) amount!: string;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}
