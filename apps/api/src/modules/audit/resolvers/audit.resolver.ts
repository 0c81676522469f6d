import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, RequirePermission } from '../../../common/auth/auth.decorators';
import type { MemberCaller } from '../../../common/context/gql-context';
import { AuditLogService } from '../services/audit-log.service';
import { AuditPageDto } from '../dtos/audit-entry.dto';

@Resolver()
@RequirePermission('audit.read')
export class AuditResolver {
  constructor(private readonly auditLogService: AuditLogService) {}

  @Query(() => AuditPageDto, { description: 'The organisation’s audit log, newest first.' })
  auditLog(
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('entity', { type: () => String, nullable: true }) entity: string | null,
    @CurrentCaller() caller: MemberCaller,
  ): Promise<AuditPageDto> {
    return this.auditLogService.page(caller, first, after ?? null, entity ?? null);
  }
}
