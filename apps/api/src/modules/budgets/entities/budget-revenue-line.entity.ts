import { Check, Column, Entity } from 'typeorm';
import type { VolumeDriver } from '@opsplan/domain';
import { BudgetLineColumns } from './budget-line.columns';

/** A product or sales channel of a budget: volume (a driver) times unit price, less its variable cost. */
@Entity('budget_revenue_lines')
@Check('budget_revenue_lines_kind_check', `"kind" IN ('product','channel')`)
@Check('budget_revenue_lines_variable_cost_check', `"variable_cost_kind" IS NULL OR "variable_cost_kind" IN ('unitCost','shareOfRevenue')`)
export class BudgetRevenueLineEntity extends BudgetLineColumns {
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 16 }) kind!: 'product' | 'channel';
  @Column({ type: 'numeric', precision: 14, scale: 2 }) unitPrice!: string;
  /** The volume driver as the engine takes it, its figures as decimal strings. */
  @Column({ type: 'jsonb' }) volume!: VolumeDriver;
  @Column({ type: 'varchar', length: 16, nullable: true }) variableCostKind!: 'unitCost' | 'shareOfRevenue' | null;
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true }) variableUnitCost!: string | null;
  @Column({ type: 'numeric', precision: 10, scale: 8, nullable: true }) variableCostRate!: string | null;
  /** The stretch target's multipliers for this line; null is 1. */
  @Column({ type: 'numeric', precision: 10, scale: 6, nullable: true }) stretchVolume!: string | null;
  @Column({ type: 'numeric', precision: 10, scale: 6, nullable: true }) stretchPrice!: string | null;
  @Column({ type: 'numeric', precision: 10, scale: 6, nullable: true }) stretchVariableCost!: string | null;
}
