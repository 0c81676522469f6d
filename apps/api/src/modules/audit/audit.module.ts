import { Global, Module } from '@nestjs/common';
import { AuditService } from './services/audit.service';
import { AuditLogService } from './services/audit-log.service';
import { AuditResolver } from './resolvers/audit.resolver';

@Global()
@Module({ providers: [AuditService, AuditLogService, AuditResolver], exports: [AuditService] })
export class AuditModule {}
