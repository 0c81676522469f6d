import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { Dimension } from '@opsplan/domain';
import { DimensionEnum } from './cascade-enums';

@ObjectType('DimensionScore')
export class DimensionScoreDto {
  @Field(() => DimensionEnum) dimension!: Dimension;
  @Field(() => Float, { nullable: true, description: 'Weighted progress 0–1; null when the subtree has no node of this dimension.' })
  progress!: number | null;
}

@ObjectType('OperationsIndex', { description: 'Operations = organisation × production × marketing, for a plan or a subtree.' })
export class OperationsIndexDto {
  @Field(() => Float, { description: 'Overall progress 0–100 of the plan or subtree, shown beside the index.' }) progress!: number;
  @Field(() => Float, { nullable: true, description: 'Product of the present dimensions’ progress (0–1); absent dimensions are left out, never counted as zero.' })
  index!: number | null;
  @Field(() => DimensionEnum, { nullable: true }) weakest!: Dimension | null;
  @Field(() => [DimensionScoreDto]) dimensions!: DimensionScoreDto[];
}
