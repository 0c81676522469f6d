import { Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { MetricsService } from './metrics.service';

@Global()
@Module({ controllers: [HealthController], providers: [MetricsService, HealthService], exports: [MetricsService] })
export class HealthModule {}
