import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { LogController, type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { AppModule } from '../app.module';
import type { AppConfig } from '../config/app-config';
import { MetricsService } from '../modules/health/metrics.service';
import { createLogger, NestPinoLogger } from './logger';

/** Builds the whole API (and the web app's files, when built) as one Fastify server. */
export async function createApp(config: AppConfig, log: Logger = createLogger(config.logLevel)): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    loggerInstance: log,
    // one log line per request, written by instrument() below
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // A caller's own x-request-id is kept only when it looks like one: it goes
    // into logs and the audit log (at most 64 characters there).
    requestIdHeader: false,
    genReqId: (req: IncomingMessage) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, log), adapter, {
    logger: new NestPinoLogger(log),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance() as unknown as FastifyInstance;
  await app.register(fastifyCookie as never);
  instrument(fastify, app.get(MetricsService));
  if (config.webDist && fs.existsSync(path.join(config.webDist, 'index.html'))) {
    await serveWeb(app, fastify, config.webDist);
  }
  await app.init();
  return app;
}

function instrument(fastify: FastifyInstance, metrics: MetricsService): void {
  fastify.addHook('onRequest', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });
  fastify.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe({ method: req.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    req.log.info({ method: req.method, url: req.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
  });
}

async function serveWeb(app: NestFastifyApplication, fastify: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic as never, { root, wildcard: false, index: false, maxAge: '1h', immutable: false });
  const index = fs.readFileSync(path.join(root, 'index.html'));
  // Client-side routes (/members, /invite/…) all answer with the app's page.
  fastify.get('/*', async (_req, reply) => {
    await reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
  });
  fastify.get('/', async (_req, reply) => {
    await reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(index);
  });
}
