import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, MaxLength } from 'class-validator';
import { COST_CATEGORIES, CostCategory } from '@opsplan/domain';
import { IsId, WhenGiven } from '../../../plans/dtos/inputs/node-validation.util';
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
} from '../budget-enums';
import { IsDecimalText, IsLineName, IsMonthText, IsNested, IsNestedList, IsVersion, MAX_LINES_PER_SAVE, UsedOnlyWith } from './budget-validation.util';

const IsDecimalList = (max: number) => [IsArray(), ArrayMaxSize(max), IsString({ each: true }), MaxLength(64, { each: true })];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((d) => d(target, key));

@InputType()
export class VolumeDriverInput {
  @Field(() => VolumeKindEnum) @IsIn(Object.values(VolumeKindEnum)) kind!: VolumeKind;
  @Field(() => String, { nullable: true, description: 'flat' }) @WhenGiven() @IsDecimalText() @UsedOnlyWith('kind', ['flat']) perMonth?: string | null;
  @Field(() => [String], { nullable: true, description: 'monthly: one per horizon month' }) @WhenGiven() @apply(IsDecimalList(60)) @UsedOnlyWith('kind', ['monthly']) values?: string[] | null;
  @Field(() => String, { nullable: true, description: 'growth: the first month’s volume' }) @WhenGiven() @IsDecimalText() @UsedOnlyWith('kind', ['growth']) start?: string | null;
  @Field(() => String, { nullable: true, description: 'growth: "0.02" is +2 % a month' }) @WhenGiven() @IsDecimalText() @UsedOnlyWith('kind', ['growth']) monthlyGrowth?: string | null;
  @Field(() => [String], { nullable: true, description: 'growth: 12 factors, January to December' }) @WhenGiven() @apply(IsDecimalList(12)) @UsedOnlyWith('kind', ['growth']) seasonality?: string[] | null;
}

@InputType()
export class VariableCostDriverInput {
  @Field(() => VariableCostKindEnum) @IsIn(Object.values(VariableCostKindEnum)) kind!: VariableCostKind;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsDecimalText() @UsedOnlyWith('kind', ['unitCost']) unitCost?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsDecimalText() @UsedOnlyWith('kind', ['shareOfRevenue']) rate?: string | null;
}

/** With id and version: replaces that line whole. Without either: a new line. */
@InputType()
export class RevenueLineInput {
  @Field(() => ID, { nullable: true }) @WhenGiven() @IsId() id?: string | null;
  @Field(() => Int, { nullable: true }) @WhenGiven() @IsVersion() version?: number | null;
  @Field() @IsLineName() name!: string;
  @Field(() => RevenueLineKindEnum) @IsIn(Object.values(RevenueLineKindEnum)) kind!: RevenueLineKind;
  @Field() @IsDecimalText() unitPrice!: string;
  @Field(() => VolumeDriverInput) @IsNested(() => VolumeDriverInput) volume!: VolumeDriverInput;
  @Field(() => VariableCostDriverInput, { nullable: true }) @WhenGiven() @IsNested(() => VariableCostDriverInput) variableCost?: VariableCostDriverInput | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsDecimalText() stretchVolume?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsDecimalText() stretchPrice?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsDecimalText() stretchVariableCost?: string | null;
  @Field(() => Int, { nullable: true }) @WhenGiven() @IsInt() sortOrder?: number | null;
}

@InputType()
export class CostLineInput {
  @Field(() => ID, { nullable: true }) @WhenGiven() @IsId() id?: string | null;
  @Field(() => Int, { nullable: true }) @WhenGiven() @IsVersion() version?: number | null;
  @Field() @IsLineName() name!: string;
  @Field(() => ID) @IsId() departmentId!: string;
  @Field(() => CostCategoryEnum) @IsIn(COST_CATEGORIES) category!: CostCategory;
  @Field(() => CostAmountKindEnum) @IsIn(Object.values(CostAmountKindEnum)) amountKind!: CostAmountKind;
  @Field(() => String, { nullable: true, description: 'amountKind monthly' }) @WhenGiven() @IsDecimalText() @UsedOnlyWith('amountKind', ['monthly']) amount?: string | null;
  @Field(() => String, { nullable: true, description: 'amountKind shareOfRevenue' }) @WhenGiven() @IsDecimalText() @UsedOnlyWith('amountKind', ['shareOfRevenue']) rate?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsMonthText() firstMonth?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsMonthText() lastMonth?: string | null;
  @Field(() => ID, { nullable: true }) @WhenGiven() @IsId() planNodeId?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsDecimalText() stretchAmount?: string | null;
  @Field(() => Int, { nullable: true }) @WhenGiven() @IsInt() sortOrder?: number | null;
}

@InputType()
export class PositionInput {
  @Field(() => ID, { nullable: true }) @WhenGiven() @IsId() id?: string | null;
  @Field(() => Int, { nullable: true }) @WhenGiven() @IsVersion() version?: number | null;
  @Field(() => ID) @IsId() departmentId!: string;
  @Field() @IsLineName() roleTitle!: string;
  @Field() @IsDecimalText() count!: string;
  @Field() @IsDecimalText() monthlySalary!: string;
  @Field() @IsDecimalText() onCostRate!: string;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsMonthText() firstMonth?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsMonthText() lastMonth?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsDecimalText() stretchCount?: string | null;
  @Field(() => Int, { nullable: true }) @WhenGiven() @IsInt() sortOrder?: number | null;
}

@InputType()
export class LoanInput {
  @Field(() => ID, { nullable: true }) @WhenGiven() @IsId() id?: string | null;
  @Field(() => Int, { nullable: true }) @WhenGiven() @IsVersion() version?: number | null;
  @Field() @IsLineName() name!: string;
  @Field() @IsDecimalText() principal!: string;
  @Field() @IsDecimalText() annualRate!: string;
  @Field(() => Int) @IsInt() termMonths!: number;
  @Field(() => LoanRepaymentEnum) @IsIn(Object.values(LoanRepaymentEnum)) repayment!: LoanRepayment;
  @Field(() => Int, { nullable: true }) @WhenGiven() @IsInt() sortOrder?: number | null;
}

@InputType()
export class BudgetLineRef {
  @Field(() => BudgetLineKindEnum) @IsIn(Object.values(BudgetLineKindEnum)) lineKind!: BudgetLineKind;
  @Field(() => ID) @IsId() id!: string;
  @Field(() => Int) @IsVersion() version!: number;
}

/** One transaction: every line saved and every deletion made, or nothing. */
@InputType()
export class SaveBudgetLinesInput {
  @Field(() => ID) @IsId() budgetId!: string;
  @Field(() => [RevenueLineInput], { nullable: true }) @WhenGiven() @IsNestedList(() => RevenueLineInput, MAX_LINES_PER_SAVE) revenueLines?: RevenueLineInput[] | null;
  @Field(() => [CostLineInput], { nullable: true }) @WhenGiven() @IsNestedList(() => CostLineInput, MAX_LINES_PER_SAVE) costLines?: CostLineInput[] | null;
  @Field(() => [PositionInput], { nullable: true }) @WhenGiven() @IsNestedList(() => PositionInput, MAX_LINES_PER_SAVE) positions?: PositionInput[] | null;
  @Field(() => [LoanInput], { nullable: true }) @WhenGiven() @IsNestedList(() => LoanInput, 100) loans?: LoanInput[] | null;
  @Field(() => [BudgetLineRef], { nullable: true }) @WhenGiven() @IsNestedList(() => BudgetLineRef, MAX_LINES_PER_SAVE) deletions?: BudgetLineRef[] | null;
}

@InputType()
export class BudgetActualInput {
  @Field(() => BudgetLineKindEnum, { description: 'revenue, cost or position' }) @IsIn(['revenue', 'cost', 'position']) lineKind!: BudgetLineKind;
  @Field(() => ID) @IsId() lineId!: string;
  @Field({ description: 'YYYY-MM, within the horizon' }) @IsMonthText() month!: string;
  @Field(() => String, { nullable: true, description: 'null removes the entry.' }) @WhenGiven() @IsDecimalText() amount?: string | null;
  @Field(() => Int, { nullable: true, description: 'The entry’s version when replacing or removing an existing one.' }) @WhenGiven() @IsVersion() version?: number | null;
}

@InputType()
export class SetBudgetActualsInput {
  @Field(() => ID) @IsId() budgetId!: string;
  @Field(() => [BudgetActualInput]) @IsNestedList(() => BudgetActualInput, 5000) entries!: BudgetActualInput[];
}
