import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { TemplatesModule } from '../templates/templates.module';
import { OrganizationsService } from './services/organizations.service';
import { OrganizationsResolver } from './resolvers/organizations.resolver';

@Module({ imports: [IdentityModule, TemplatesModule], providers: [OrganizationsService, OrganizationsResolver] })
export class OrganizationsModule {}
