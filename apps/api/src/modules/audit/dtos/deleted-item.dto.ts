import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Level } from '@opsplan/domain';
import { NodeLevelEnum } from '../../plans/dtos/cascade-enums';
import { UserDto } from '../../identity/dtos/user.dto';

/** What can be brought back, each through its own restore mutation. */
export const DELETED_ITEM_KINDS = ['planNode', 'department', 'cycleStage', 'planTemplate'] as const;
export type DeletedItemKind = (typeof DELETED_ITEM_KINDS)[number];
export const DeletedItemKindEnum = Object.fromEntries(DELETED_ITEM_KINDS.map((k) => [k, k])) as { [K in DeletedItemKind]: K };
registerEnumType(DeletedItemKindEnum, {
  name: 'DeletedItemKind',
  description: 'planNode: restoreNode; department: restoreDepartment; cycleStage: restoreCycleStage; planTemplate: restorePlanTemplate.',
});

/**
 * One deletion that can still be undone: a plan node or department with
 * everything deleted together with it (one batch), a planning-cycle stage or
 * a template. Only the batch's top item is listed; restoring it brings the
 * whole batch back.
 */
@ObjectType('DeletedItem')
export class DeletedItemDto {
  @Field(() => DeletedItemKindEnum) kind!: DeletedItemKind;
  @Field(() => ID, { description: 'The id to pass to the restore mutation of its kind.' }) id!: string;
  @Field({ description: 'Its title or name (a template’s English name).' }) title!: string;
  @Field(() => String, { nullable: true, description: 'A template’s Chinese name.' }) titleZh!: string | null;
  @Field(() => String, { nullable: true, description: 'A built-in cycle stage’s key, so clients can name it in their language.' }) stageKey!: string | null;
  @Field(() => NodeLevelEnum, { nullable: true, description: 'A plan node’s level.' }) level!: Level | null;
  @Field(() => ID, { nullable: true, description: 'The plan of a node, or of a stage’s cycle.' }) planId!: string | null;
  @Field(() => String, { nullable: true, description: 'Where it was: the plan of a node, the cycle of a stage, the parent of a department.' }) context!: string | null;
  @Field(() => Int, { description: 'How many records the deletion holds (the item and everything deleted with it).' }) itemCount!: number;
  @Field() deletedAt!: Date;
  @Field(() => UserDto, { nullable: true, description: 'Who deleted it, from the audit log.' }) deletedBy!: UserDto | null;
  @Field({ description: 'What it hangs under was deleted separately: restore that first.' }) parentDeleted!: boolean;
}
