import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CURRENCIES, DEFAULT_CURRENCY, NAME_MAX_LENGTH } from '@opsplan/domain';
import { PlainText, TextLength, Trim } from '../../../../common/graphql/validation';
import { IsNested } from '../../../budgets/dtos/inputs/budget-validation.util';
import { WhenGiven } from '../../../plans/dtos/inputs/node-validation.util';
import { TemplateUseInput } from '../../../templates/dtos/inputs/template.inputs';

@InputType()
export class CreateOrganizationInput {
  @Field() @Trim() @IsString() @TextLength(1, NAME_MAX_LENGTH) @PlainText() name!: string;

  // Defaults live here rather than in the schema: graphql-jit (on for speed)
  // drops input-field defaults from variables (graphql-jit#142).
  @Field(() => String, { nullable: true, description: `ISO 4217; ${DEFAULT_CURRENCY} when not given.` })
  @IsOptional()
  @IsIn(CURRENCIES, { message: `currency must be one of ${CURRENCIES.join(', ')}` })
  currency: string = DEFAULT_CURRENCY;

  @Field(() => Int, { nullable: true, description: 'Month (1–12) in which the fiscal year starts; 1 when not given.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  fiscalYearStartMonth: number = 1;

  @Field(() => TemplateUseInput, { nullable: true, description: 'A built-in template to start from: its whole plan is created with the organisation, in one go.' })
  @WhenGiven()
  @IsNested(() => TemplateUseInput)
  template?: TemplateUseInput | null;
}
