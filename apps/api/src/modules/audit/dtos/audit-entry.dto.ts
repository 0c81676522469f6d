import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserDto } from '../../identity/dtos/user.dto';

@ObjectType('AuditChange')
export class AuditChangeDto {
  @Field() field!: string;
  @Field(() => String, { nullable: true, description: 'JSON text of the value before; "[redacted]" for sensitive fields.' })
  before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
  @Field(() => String, { nullable: true, description: 'For a field holding ids (an owner, a department, a plan item…): their names, as they are now.' })
  beforeLabel!: string | null;
  @Field(() => String, { nullable: true }) afterLabel!: string | null;
}

@ObjectType('AuditEntry')
export class AuditEntryDto {
  @Field(() => ID) id!: string;
  @Field(() => UserDto, { nullable: true }) actor!: UserDto | null;
  @Field() entity!: string;
  @Field() entityId!: string;
  @Field(() => String, { nullable: true, description: 'The name or title of the record, as it is now; null for kinds of record without one.' })
  entityLabel!: string | null;
  @Field() action!: string;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => [AuditChangeDto]) changes!: AuditChangeDto[];
  @Field() createdAt!: Date;
}

@ObjectType('AuditPage')
export class AuditPageDto {
  @Field(() => [AuditEntryDto]) items!: AuditEntryDto[];
  @Field(() => String, { nullable: true }) nextCursor!: string | null;
}
