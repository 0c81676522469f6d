import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { OrganizationsService } from './services/organizations.service';
import { OrganizationsResolver } from './resolvers/organizations.resolver';

@Module({ imports: [IdentityModule], providers: [OrganizationsService, OrganizationsResolver] })
export class OrganizationsModule {}
