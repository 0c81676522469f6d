import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Min, ValidateNested } from 'class-validator';
import { KPI_TARGET_MEASURES, KPI_TARGET_SCENARIOS, KpiTargetMeasure, KpiTargetScenario } from '@opsplan/domain';
import { IsId, WhenGiven } from './node-validation.util';

@InputType({ description: 'A figure of the plan’s budget.' })
export class KpiTargetSourceInput {
  @Field(() => String, { description: 'responsibility or stretch.' })
  @IsIn(KPI_TARGET_SCENARIOS, { message: `scenario must be one of ${KPI_TARGET_SCENARIOS.join(', ')}` })
  scenario!: KpiTargetScenario;

  @Field(() => String, { description: 'revenue, contributionMargin, ebit, profitBeforeTax, netProfit, labourCost, closingCash, or paybackMonth (the month of the horizon, 1-based, in which the investment is earned back; period total only).' })
  @IsIn(KPI_TARGET_MEASURES, { message: `measure must be one of ${KPI_TARGET_MEASURES.join(', ')}` })
  measure!: KpiTargetMeasure;

  @Field({ description: 'total (the whole horizon) or Y1, Y2, … (a year within the horizon).' })
  @IsString()
  @Matches(/^(total|Y[1-9]\d?)$/, { message: 'period must be total or a year of the horizon such as Y1' })
  period!: string;
}

@InputType()
export class LinkKpiTargetInput {
  @Field(() => ID) @IsId() nodeId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => KpiTargetSourceInput, { nullable: true, description: 'null unlinks: the target stays as it is, typed from then on.' })
  @WhenGiven()
  @ValidateNested()
  @Type(() => KpiTargetSourceInput)
  source?: KpiTargetSourceInput | null;
}
