import { Check, Column, Entity } from 'typeorm';
import { BudgetLineColumns } from './budget-line.columns';

/** A bank loan of the budget's financing. */
@Entity('budget_loans')
@Check('budget_loans_repayment_check', `"repayment" IN ('equalInstalment','interestOnly')`)
export class BudgetLoanEntity extends BudgetLineColumns {
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'numeric', precision: 14, scale: 2 }) principal!: string;
  @Column({ type: 'numeric', precision: 10, scale: 8 }) annualRate!: string;
  @Column({ type: 'integer' }) termMonths!: number;
  @Column({ type: 'varchar', length: 16 }) repayment!: 'equalInstalment' | 'interestOnly';
}
