import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { DepartmentEntity } from '../../departments/department.entity';
import { BudgetLineColumns } from './budget-line.columns';

/**
 * Standard headcount: count people (fractions are part-time) in a role of a
 * department, each at monthlySalary plus employer on-costs. Salaries are
 * sensitive: only finance, admins, executives and the HR manager see them.
 */
@Entity('budget_positions')
export class BudgetPositionEntity extends BudgetLineColumns {
  @Column({ type: 'uuid' }) departmentId!: string;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id' })
  department?: DepartmentEntity;

  @Column({ type: 'varchar', length: 200 }) roleTitle!: string;
  @Column({ type: 'numeric', precision: 9, scale: 2 }) count!: string;
  @Column({ type: 'numeric', precision: 14, scale: 2 }) monthlySalary!: string;
  @Column({ type: 'numeric', precision: 10, scale: 8 }) onCostRate!: string;
  @Column({ type: 'varchar', length: 7, nullable: true }) firstMonth!: string | null;
  @Column({ type: 'varchar', length: 7, nullable: true }) lastMonth!: string | null;
  @Column({ type: 'numeric', precision: 10, scale: 6, nullable: true }) stretchCount!: string | null;
}
