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
  // Started by `npm start`: go when the launcher goes, even if it was killed outright.
  process.on('disconnect', () => void app.close().finally(() => process.exit(0)));
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`Port ${config.port} is already in use. Stop the other program or start with PORT=<another port>.`);
      process.exit(1);
    }
    throw error;
  }
  // PORT=0 asks the system for a free port: report the one it gave.
  const address = app.getHttpServer().address();
  const port = address && typeof address === 'object' ? address.port : config.port;
  log.info({ port, startupMs: Math.round(performance.now()) }, 'OpsPlan API listening');
  process.send?.({ type: 'listening', port });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
