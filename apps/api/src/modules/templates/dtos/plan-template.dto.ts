import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** A text in both languages a template is written in. */
@ObjectType('LocalizedText')
export class LocalizedTextDto {
  @Field() zhCN!: string;
  @Field() en!: string;
}

@ObjectType('PlanTemplate')
export class PlanTemplateDto {
  @Field(() => ID, { description: '"builtin:<key>" for a built-in template; a UUID for one of the organisation’s own.' }) id!: string;
  @Field() key!: string;
  @Field() builtIn!: boolean;
  @Field(() => LocalizedTextDto) name!: LocalizedTextDto;
  @Field(() => LocalizedTextDto) description!: LocalizedTextDto;
  @Field({ description: 'The template as JSON text: what an export saves and importPlanTemplate takes.' }) body!: string;
  @Field(() => Date, { nullable: true, description: 'Null for built-in templates.' }) createdAt!: Date | null;
  @Field(() => Int, { description: '0 for built-in templates.' }) version!: number;
}
