import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { DepartmentsModule } from '../departments/departments.module';
import { MembersService } from './services/members.service';
import { InvitationsService } from './services/invitations.service';
import { MembersResolver } from './resolvers/members.resolver';
import { InvitationsResolver } from './resolvers/invitations.resolver';
import { DepartmentManagerResolver } from './resolvers/department-manager.resolver';

@Module({
  imports: [IdentityModule, DepartmentsModule],
  providers: [MembersService, InvitationsService, MembersResolver, InvitationsResolver, DepartmentManagerResolver],
  exports: [MembersService],
})
export class MembersModule {}
