import { Global, Module } from '@nestjs/common';
import { AuditService } from './services/audit.service';
import { AuditLogService } from './services/audit-log.service';
import { AuditResolver } from './resolvers/audit.resolver';
import { RecentlyDeletedService } from './services/recently-deleted.service';
import { RecentlyDeletedResolver } from './resolvers/recently-deleted.resolver';

@Global()
@Module({ providers: [AuditService, AuditLogService, AuditResolver, RecentlyDeletedService, RecentlyDeletedResolver], exports: [AuditService] })
export class AuditModule {}
