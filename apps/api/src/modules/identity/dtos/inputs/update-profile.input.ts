import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { DISPLAY_NAME_MAX_LENGTH, LOCALES } from '@opsplan/domain';
import { PlainText, TextLength, Trim } from '../../../../common/graphql/validation';

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @TextLength(1, DISPLAY_NAME_MAX_LENGTH)
  @PlainText()
  displayName?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(LOCALES) locale?: string;
}
