import { Check, Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import type { CostCategory } from '@opsplan/domain';
import { DepartmentEntity } from '../../departments/department.entity';
import { PlanNodeEntity } from '../../plans/entities/plan-node.entity';
import { BudgetLineColumns } from './budget-line.columns';

/** A fixed or operating cost of a department, optionally the cost estimate of a project in the cascade. */
@Entity('budget_cost_lines')
@Check('budget_cost_lines_category_check', `"category" IN ('rent','utilities','marketing','rnd','promotion','training','other')`)
@Check('budget_cost_lines_amount_kind_check', `"amount_kind" IN ('monthly','shareOfRevenue')`)
export class BudgetCostLineEntity extends BudgetLineColumns {
  @Column({ type: 'varchar', length: 200 }) name!: string;

  @Column({ type: 'uuid' }) departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  @Column({ type: 'varchar', length: 16 }) category!: CostCategory;
  @Column({ type: 'varchar', length: 16 }) amountKind!: 'monthly' | 'shareOfRevenue';
  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true }) amount!: string | null;
  @Column({ type: 'numeric', precision: 10, scale: 8, nullable: true }) rate!: string | null;
  /** YYYY-MM; null is the horizon's first (last) month. */
  @Column({ type: 'varchar', length: 7, nullable: true }) firstMonth!: string | null;
  @Column({ type: 'varchar', length: 7, nullable: true }) lastMonth!: string | null;

  @Column({ type: 'uuid', nullable: true }) planNodeId!: string | null;

  @ManyToOne(() => PlanNodeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'plan_node_id' })
  planNode?: PlanNodeEntity;

  @Column({ type: 'numeric', precision: 10, scale: 6, nullable: true }) stretchAmount!: string | null;
}
