import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { loadConfig } from './config/app-config';
import { migrateDatabase } from './database/bootstrap';
import { createApp } from './bootstrap/create-app';
import { createLogger } from './bootstrap/logger';

/** Entry point of the API process: migrate (as the owner role), then serve (as the app role). */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  if (process.env.MIGRATE_ON_START !== 'false') {
    await migrateDatabase(config.databaseUrl, config.databaseAppUrl, (msg) => log.info(msg));
  }
  const app = await createApp(config, log);
  app.enableShutdownHooks();
  await app.listen({ port: config.port, host: config.host });
  log.info({ port: config.port, startupMs: Math.round(performance.now()) }, 'OpsPlan API listening');
  process.send?.({ type: 'listening', port: config.port });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
