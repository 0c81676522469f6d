import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { DISPLAY_NAME_MAX_LENGTH, EMAIL_MAX_LENGTH, LOCALES, PASSWORD_MAX_LENGTH } from '@opsplan/domain';
import { PlainText, TextLength, Trim } from '../../../../common/graphql/validation';

@InputType()
export class SignUpInput {
  @Field()
  @Trim()
  @IsString()
  @MaxLength(EMAIL_MAX_LENGTH)
  @IsEmail({}, { message: 'email must be a valid email address' })
  email!: string;

  /** The password policy (libs/domain) is checked by the service so that every problem can be listed. */
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH * 4)
  password!: string;

  @Field()
  @Trim()
  @IsString()
  @TextLength(1, DISPLAY_NAME_MAX_LENGTH)
  @PlainText()
  displayName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: string | null;
}
