import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PlanDto } from '../../plans/dtos/plan.dto';

/** The node created for one of the template's node keys. */
@ObjectType('TemplateNodeId')
export class TemplateNodeIdDto {
  @Field() key!: string;
  @Field(() => ID) id!: string;
}

/** A goal of the template checked against the created budget's responsibility target. */
@ObjectType('TemplateCheck')
export class TemplateCheckDto {
  @Field({ description: 'paybackWithin' }) kind!: string;
  @Field(() => Int) months!: number;
  @Field(() => Int, { nullable: true, description: 'The month the budget pays back in; null when it does not within its horizon.' }) paybackMonth!: number | null;
  @Field() met!: boolean;
}

/** What instantiating a template created. */
@ObjectType('TemplatePlanResult')
export class TemplatePlanResultDto {
  @Field(() => PlanDto) plan!: PlanDto;
  @Field(() => ID, { nullable: true }) budgetId!: string | null;
  @Field(() => ID, { nullable: true }) cycleId!: string | null;
  @Field(() => [TemplateNodeIdDto]) nodes!: TemplateNodeIdDto[];
  @Field(() => [TemplateCheckDto]) checks!: TemplateCheckDto[];
}
