import { Module } from '@nestjs/common';
import { DepartmentsService } from './services/departments.service';
import { DepartmentsResolver } from './resolvers/departments.resolver';

@Module({ providers: [DepartmentsService, DepartmentsResolver], exports: [DepartmentsService] })
export class DepartmentsModule {}
