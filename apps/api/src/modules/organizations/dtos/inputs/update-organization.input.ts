import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { CURRENCIES, NAME_MAX_LENGTH } from '@opsplan/domain';
import { PlainText, TextLength, Trim } from '../../../../common/graphql/validation';

@InputType()
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @TextLength(1, NAME_MAX_LENGTH) @PlainText() name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(CURRENCIES, { message: `currency must be one of ${CURRENCIES.join(', ')}` })
  currency?: string;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(12) fiscalYearStartMonth?: number;

  @Field(() => Int) @IsInt() @Min(1) version!: number;
}
