import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, PASSWORD_MAX_LENGTH } from '@opsplan/domain';
import { PlainText, Trim } from '../../../../common/graphql/validation';

@InputType()
export class SignInInput {
  @Field() @Trim() @IsString() @MinLength(3) @MaxLength(EMAIL_MAX_LENGTH) @PlainText() email!: string;
  @Field() @IsString() @MinLength(1) @MaxLength(PASSWORD_MAX_LENGTH * 4) password!: string;
}
