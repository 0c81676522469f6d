import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsString } from 'class-validator';
import { KPI_NAME_MAX_LENGTH, KPI_UNIT_MAX_LENGTH, KpiDirection } from '@opsplan/domain';
import { PlainText, TextLength, Trim } from '../../../../common/graphql/validation';
import { KpiDirectionEnum } from '../cascade-enums';
import { IsDecimal, WhenGiven } from './node-validation.util';

@InputType({ description: 'A KPI; the node’s own progress then comes from it. Figures are decimal strings.' })
export class KpiInput {
  @Field() @Trim() @IsString() @TextLength(1, KPI_NAME_MAX_LENGTH) @PlainText() name!: string;
  @Field(() => String, { nullable: true }) @WhenGiven() @Trim() @IsString() @TextLength(1, KPI_UNIT_MAX_LENGTH) @PlainText() unit?: string | null;
  @Field(() => KpiDirectionEnum) @IsIn(['higher_is_better', 'lower_is_better']) direction!: KpiDirection;
  @Field() @IsDecimal() baseline!: string;
  @Field() @IsDecimal() target!: string;
  @Field(() => String, { nullable: true }) @WhenGiven() @IsDecimal() actual?: string | null;
}
