import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { NAME_MAX_LENGTH, PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '@opsplan/domain';
import { PlainText, TextLength, Trim } from '../../../../common/graphql/validation';
import { IsNested, IsNestedList } from '../../../budgets/dtos/inputs/budget-validation.util';
import { IsId, IsPlanDate, WhenGiven } from '../../../plans/dtos/inputs/node-validation.util';

/** What a plan is created in: one language, or both side by side. */
export const BLUEPRINT_LANGUAGES = ['zh-CN', 'en', 'bilingual'] as const;
/** A template's key: lower-case letters, digits and dashes (as parsePlanTemplate requires). */
export const TEMPLATE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest name or description a stored template may carry (its name columns hold 200). */
const TEMPLATE_TEXT_MAX = 200;

const IsTemplateText = (max = TEMPLATE_TEXT_MAX) => applyDecorators(Trim(), IsString(), TextLength(1, max), PlainText());

@InputType()
export class LocalizedTextInput {
  @Field() @IsTemplateText() zhCN!: string;
  @Field() @IsTemplateText() en!: string;
}

@InputType()
export class TemplateParameterValueInput {
  @Field() @IsString() @MaxLength(64) key!: string;
  @Field({ description: 'As typed: a decimal for money, rates and counts; text otherwise.' }) @Trim() @IsString() @TextLength(0, 500) @PlainText() value!: string;
}

@InputType()
export class TemplateUseInput {
  @Field(() => ID, { description: '"builtin:<key>" or the id of one of the organisation’s own templates.' }) @IsString() @MaxLength(80) templateId!: string;
  @Field({ description: 'zh-CN, en or bilingual ("中文 · English").' })
  @IsIn(BLUEPRINT_LANGUAGES, { message: `language must be one of ${BLUEPRINT_LANGUAGES.join(', ')}` })
  language!: string;
  @Field(() => Int, { nullable: true, description: 'For templates that start with the plan year (the organisation’s fiscal year).' })
  @WhenGiven()
  @IsInt()
  @Min(PLAN_YEAR_MIN)
  @Max(PLAN_YEAR_MAX)
  planYear?: number | null;
  @Field(() => String, { nullable: true, description: 'For templates that start on a chosen day, YYYY-MM-DD.' }) @WhenGiven() @IsPlanDate() startDate?: string | null;
  @Field(() => String, { nullable: true, description: 'The plan’s name; the template’s when not given.' })
  @WhenGiven()
  @Trim()
  @IsString()
  @TextLength(1, NAME_MAX_LENGTH)
  @PlainText()
  planName?: string | null;
  @Field(() => [TemplateParameterValueInput], { nullable: true, description: 'Parameters not given take the template’s defaults.' })
  @WhenGiven()
  @IsNestedList(() => TemplateParameterValueInput, 100)
  parameters?: TemplateParameterValueInput[] | null;
}

@InputType()
export class SavePlanAsTemplateInput {
  @Field(() => ID) @IsId() planId!: string;
  @Field() @IsString() @MaxLength(64) @Matches(TEMPLATE_KEY, { message: 'key must be lower-case letters, digits and dashes, such as my-annual-plan' }) key!: string;
  @Field(() => LocalizedTextInput) @IsNested(() => LocalizedTextInput) name!: LocalizedTextInput;
  @Field(() => LocalizedTextInput, { nullable: true, description: 'The plan’s name when not given.' }) @WhenGiven() @IsNested(() => LocalizedTextInput) description?: LocalizedTextInput | null;
}

@InputType()
export class ImportPlanTemplateInput {
  @Field({ description: 'A template as exported (PlanTemplate.body).' }) @IsString() json!: string;
}

@InputType()
export class TemplateVersionInput {
  @Field(() => ID) @IsString() @MaxLength(80) id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}
