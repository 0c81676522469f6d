import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { DatabaseModule } from './database/database.module';
import { AuthGuard } from './common/auth/auth.guard';
import { GraphQLPassthroughFilter } from './common/errors/graphql-exception.filter';
import { createValidationPipe } from './common/graphql/validation';
import { graphqlConfig } from './graphql-config';
import { Lookups, LookupsModule } from './common/graphql/lookups';
import { FEATURE_MODULES } from './feature-modules';
import { HealthModule } from './modules/health/health.module';
import { MetricsService } from './modules/health/metrics.service';
import { IdentityModule } from './modules/identity/identity.module';
import { RedisModule } from './redis/redis.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, log: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseAppUrl)),
        DatabaseModule,
        RedisModule,
        HealthModule,
        LookupsModule,
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [LookupsModule],
          inject: [MetricsService, Lookups],
          useFactory: (metrics: MetricsService, lookups: Lookups) => graphqlConfig(config, log, metrics, lookups),
        }),
        IdentityModule,
        ...FEATURE_MODULES,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GraphQLPassthroughFilter },
      ],
      exports: [APP_CONFIG],
      global: true,
    };
  }
}
