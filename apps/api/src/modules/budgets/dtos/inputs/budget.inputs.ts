import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt } from 'class-validator';
import { IsId, WhenGiven } from '../../../plans/dtos/inputs/node-validation.util';
import { IsDecimalText, IsLineName, IsMonthText, IsNested, IsVersion } from './budget-validation.util';

@InputType()
export class CreateBudgetInput {
  @Field(() => ID, { description: 'One live budget per plan.' }) @IsId() planId!: string;
  @Field() @IsLineName(120) name!: string;
  @Field({ description: 'YYYY-MM' }) @IsMonthText() startMonth!: string;
  @Field(() => Int, { description: '12 to 60.' }) @IsInt() horizonMonths!: number;
}

@InputType()
export class BudgetFinancingInput {
  @Field() @IsDecimalText() initialInvestment!: string;
  @Field(() => Int) @IsInt() depreciationMonths!: number;
  @Field() @IsDecimalText() ownFunds!: string;
  @Field(() => String, { nullable: true, description: 'null: no income tax.' }) @WhenGiven() @IsDecimalText() incomeTaxRate?: string | null;
}

/** The stretch target’s global multipliers; null or absent means 1. */
@InputType()
export class StretchMultipliersInput {
  @Field(() => String, { nullable: true }) @WhenGiven() @IsDecimalText() volume?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsDecimalText() price?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsDecimalText() variableCost?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsDecimalText() fixedCost?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsDecimalText() headcount?: string | null;
}

/** Absent fields stay as they are; financing and stretch, when given, replace their whole section (loans are lines: saveBudgetLines). */
@InputType()
export class UpdateBudgetInput {
  @Field(() => ID) @IsId() id!: string;
  @Field(() => Int) @IsVersion() version!: number;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsLineName(120) name?: string | null;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsMonthText() startMonth?: string | null;
  @Field(() => Int, { nullable: true }) @WhenGiven() @IsInt() horizonMonths?: number | null;
  @Field(() => BudgetFinancingInput, { nullable: true }) @WhenGiven() @IsNested(() => BudgetFinancingInput) financing?: BudgetFinancingInput | null;
  @Field(() => StretchMultipliersInput, { nullable: true }) @WhenGiven() @IsNested(() => StretchMultipliersInput) stretch?: StretchMultipliersInput | null;
}
