import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { CURRENCIES, DEFAULT_CURRENCY, NAME_MAX_LENGTH } from '@opsplan/domain';
import { PlainText, Trim } from '../../../../common/graphql/validation';

@InputType()
export class CreateOrganizationInput {
  @Field() @Trim() @IsString() @Length(1, NAME_MAX_LENGTH) @PlainText() name!: string;

  @Field({ defaultValue: DEFAULT_CURRENCY })
  @IsIn(CURRENCIES, { message: `currency must be one of ${CURRENCIES.join(', ')}` })
  currency!: string;

  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1) @Max(12) fiscalYearStartMonth!: number;
}
