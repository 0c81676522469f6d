import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CostCategory } from '@opsplan/domain';
import { MemberDto } from '../../members/dtos/member.dto';
import { lookupField } from '../../../common/graphql/lookups';
import {
  BudgetLineKind,
  BudgetLineKindEnum,
  CostAmountKind,
  CostAmountKindEnum,
  CostCategoryEnum,
  LoanRepayment,
  LoanRepaymentEnum,
  RevenueLineKind,
  RevenueLineKindEnum,
  VariableCostKind,
  VariableCostKindEnum,
  VolumeKind,
  VolumeKindEnum,
} from './budget-enums';

// Money, rates and quantities are decimal strings throughout, as in the budget engine.

@ObjectType('BudgetAccess', { description: 'What the caller may see and do with this budget (budgetAccess in libs/domain).' })
export class BudgetAccessDto {
  @Field({ description: 'Every line, financing, salaries and scenarios: finance, admin and executives.' }) readAll!: boolean;
  @Field({ description: 'Revenue, cost lines, loans, financing, stretch and horizon; false while locked.' }) editDrivers!: boolean;
  @Field({
    description:
      'The revenue lines (create, change, delete), which the caller then also sees: finance and admins, and the member responsible for the open (in progress or returned) sales-forecast stage of the plan’s planning cycle; false while locked.',
  })
  editRevenue!: boolean;
  @Field({ description: 'Headcount positions and salaries; false while locked.' }) editPositions!: boolean;
  @Field() seeSalaries!: boolean;
  @Field({ description: 'Monthly actuals; allowed while locked.' }) editActuals!: boolean;
  @Field() lock!: boolean;
  @Field({ description: 'The Excel export (readAll and seeSalaries).' }) export!: boolean;
  @Field(() => ID, { nullable: true, description: 'For a manager: the only department whose cost lines and positions they see.' }) departmentId!: string | null;
}

@ObjectType('BudgetLoan', { description: 'A bank loan, drawn in full at the start of the horizon.' })
export class BudgetLoanDto {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() principal!: string;
  @Field({ description: 'A decimal fraction: "0.045" is 4.5 % a year.' }) annualRate!: string;
  @Field(() => Int) termMonths!: number;
  @Field(() => LoanRepaymentEnum) repayment!: LoanRepayment;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
}

@ObjectType('BudgetFinancing', { description: 'Investment and financing: capex with its depreciation, own funds, loans and the income-tax rate.' })
export class BudgetFinancingDto {
  @Field() initialInvestment!: string;
  @Field(() => Int) depreciationMonths!: number;
  @Field() ownFunds!: string;
  @Field(() => String, { nullable: true }) incomeTaxRate!: string | null;
  @Field(() => [BudgetLoanDto]) loans!: BudgetLoanDto[];
}

@ObjectType('StretchMultipliers', { description: 'The stretch target’s global multipliers on the base ("1.1" = +10 %); null means 1.' })
export class StretchMultipliersDto {
  @Field(() => String, { nullable: true }) volume!: string | null;
  @Field(() => String, { nullable: true }) price!: string | null;
  @Field(() => String, { nullable: true }) variableCost!: string | null;
  @Field(() => String, { nullable: true }) fixedCost!: string | null;
  @Field(() => String, { nullable: true }) headcount!: string | null;
}

@ObjectType('VolumeDriver', { description: 'Sales volume per month: flat (perMonth), monthly (values, one per horizon month) or growth (start, monthlyGrowth, seasonality January to December).' })
export class VolumeDriverDto {
  @Field(() => VolumeKindEnum) kind!: VolumeKind;
  @Field(() => String, { nullable: true }) perMonth!: string | null;
  @Field(() => [String], { nullable: true }) values!: string[] | null;
  @Field(() => String, { nullable: true }) start!: string | null;
  @Field(() => String, { nullable: true }) monthlyGrowth!: string | null;
  @Field(() => [String], { nullable: true }) seasonality!: string[] | null;
}

@ObjectType('VariableCostDriver')
export class VariableCostDriverDto {
  @Field(() => VariableCostKindEnum) kind!: VariableCostKind;
  @Field(() => String, { nullable: true }) unitCost!: string | null;
  @Field(() => String, { nullable: true }) rate!: string | null;
}

@ObjectType('BudgetRevenueLine', { description: 'A product or sales channel: volume times unit price, less its variable cost.' })
export class BudgetRevenueLineDto {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => RevenueLineKindEnum) kind!: RevenueLineKind;
  @Field() unitPrice!: string;
  @Field(() => VolumeDriverDto) volume!: VolumeDriverDto;
  @Field(() => VariableCostDriverDto, { nullable: true }) variableCost!: VariableCostDriverDto | null;
  @Field(() => String, { nullable: true, description: 'The stretch target’s volume multiplier for this line (combines with the global one).' }) stretchVolume!: string | null;
  @Field(() => String, { nullable: true }) stretchPrice!: string | null;
  @Field(() => String, { nullable: true }) stretchVariableCost!: string | null;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
}

@ObjectType('BudgetCostLine', { description: 'A fixed or operating cost of a department: a monthly amount or a share of revenue, from firstMonth to lastMonth.' })
export class BudgetCostLineDto {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID) departmentId!: string;
  @Field(() => CostCategoryEnum) category!: CostCategory;
  @Field(() => CostAmountKindEnum) amountKind!: CostAmountKind;
  @Field(() => String, { nullable: true, description: 'Monthly amount (amountKind monthly).' }) amount!: string | null;
  @Field(() => String, { nullable: true, description: 'Share of revenue (amountKind shareOfRevenue).' }) rate!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM; null is the horizon’s first month.' }) firstMonth!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM; null is the horizon’s last month.' }) lastMonth!: string | null;
  @Field(() => ID, { nullable: true, description: 'The project in the plan cascade this cost estimate belongs to.' }) planNodeId!: string | null;
  @Field(() => String, { nullable: true }) stretchAmount!: string | null;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
}

@ObjectType('BudgetPosition', { description: 'Standard headcount: count people in a role. Salary fields are null for callers who may not see salaries.' })
export class BudgetPositionDto {
  @Field(() => ID) id!: string;
  @Field(() => ID) departmentId!: string;
  @Field() roleTitle!: string;
  @Field({ description: 'Fractions are part-time FTE.' }) count!: string;
  @Field(() => String, { nullable: true }) monthlySalary!: string | null;
  @Field(() => String, { nullable: true, description: 'Employer on-costs (social insurance and housing fund) as a share of salary.' }) onCostRate!: string | null;
  @Field(() => String, { nullable: true }) firstMonth!: string | null;
  @Field(() => String, { nullable: true }) lastMonth!: string | null;
  @Field(() => String, { nullable: true }) stretchCount!: string | null;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
}

@ObjectType('DepartmentLabour', { description: 'A department’s standard headcount and labour cost (salaries + on-costs) per horizon month of the responsibility target.' })
export class DepartmentLabourDto {
  @Field(() => ID) departmentId!: string;
  @Field(() => [String]) headcount!: string[];
  @Field(() => [String], { nullable: 'items', description: 'Null in a month where the department has fewer people than may be shown as a salary total.' })
  labourCost!: (string | null)[];
  @Field({ description: 'Whether any month is masked.' }) masked!: boolean;
}

@ObjectType('BudgetActual', { description: 'What a line actually came to in a month.' })
export class BudgetActualDto {
  @Field(() => ID) id!: string;
  @Field(() => BudgetLineKindEnum) lineKind!: BudgetLineKind;
  @Field(() => ID) lineId!: string;
  @Field({ description: 'YYYY-MM' }) month!: string;
  @Field() amount!: string;
  @Field(() => Int) version!: number;
}

@ObjectType('Budget', { description: 'A plan’s driver-based budget; its three scenarios are computed from these drivers by the budget engine.' })
export class BudgetDto {
  @Field(() => ID) id!: string;
  /** Not exposed: the organisation lockedBy is looked up in. */
  orgId!: string;
  @Field(() => ID) planId!: string;
  @Field() name!: string;
  @Field() currency!: string;
  @Field({ description: 'YYYY-MM' }) startMonth!: string;
  @Field(() => Int, { description: '12 to 60.' }) horizonMonths!: number;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) lockedAt!: Date | null;
  lockedById!: string | null;
  @Field(() => MemberDto, { nullable: true, description: 'Who locked the scenario set for approval.' }) lockedBy?: MemberDto | null;
  @Field(() => BudgetAccessDto) access!: BudgetAccessDto;
  @Field(() => BudgetFinancingDto, { nullable: true }) financing!: BudgetFinancingDto | null;
  @Field(() => StretchMultipliersDto, { nullable: true }) stretch!: StretchMultipliersDto | null;
  @Field(() => [BudgetRevenueLineDto], { description: 'For readers of the whole budget and those who may edit revenue (access.editRevenue); empty for anyone else.' })
  revenueLines!: BudgetRevenueLineDto[];
  @Field(() => [BudgetCostLineDto]) costLines!: BudgetCostLineDto[];
  @Field(() => [BudgetPositionDto]) positions!: BudgetPositionDto[];
  @Field(() => [DepartmentLabourDto]) departmentLabour!: DepartmentLabourDto[];
  @Field(() => [BudgetActualDto]) actuals!: BudgetActualDto[];
}

lookupField<BudgetDto>('Budget', 'lockedBy', 'member', (b) => b.lockedById);

@ObjectType('SaveBudgetLinesResult')
export class SaveBudgetLinesResultDto {
  @Field(() => BudgetDto) budget!: BudgetDto;
  @Field(() => ID, { nullable: true, description: 'When lines were deleted: pass it to restoreBudgetLines to undo.' }) deletionBatchId!: string | null;
}

@ObjectType('ToDateFigures')
export class ToDateFiguresDto {
  @Field() actual!: string;
  @Field() responsibility!: string;
  @Field() stretch!: string;
}

@ObjectType('BudgetToDate', { description: 'Year to date: actual against the responsibility and stretch targets, from the start of the budget year holding the last month with an actual through that month.' })
export class BudgetToDateDto {
  @Field(() => ID) budgetId!: string;
  @Field() currency!: string;
  @Field(() => String, { nullable: true, description: 'First month of the budget year compared (years are 12-month blocks from the start month); null when there are no actuals.' }) fromMonth!: string | null;
  @Field(() => String, { nullable: true, description: 'The last month with any actual; null when none.' }) throughMonth!: string | null;
  @Field(() => ToDateFiguresDto) revenue!: ToDateFiguresDto;
  @Field(() => ToDateFiguresDto, { description: 'Fixed cost lines and labour.' }) costs!: ToDateFiguresDto;
}
