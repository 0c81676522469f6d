import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Department')
export class DepartmentDto {
  @Field(() => ID) id!: string;
  /** Not exposed: the organisation its fields (manager) are looked up in. */
  orgId!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  /** Resolved by a field resolver (batched), so the manager's own department can be asked for too. */
  managerId!: string | null;
  @Field(() => Int) memberCount!: number;
  @Field({ description: 'The HR department: its manager edits the budget’s headcount positions and sees salaries.' }) isHr!: boolean;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
}
