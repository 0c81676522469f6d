import { randomBytes } from 'node:crypto';

/** Process settings, read once from the environment at start. */
export interface AppConfig {
  production: boolean;
  port: number;
  host: string;
  /** The owner connection: runs migrations, owns the tables. */
  databaseUrl: string;
  /** The runtime connection: a role that neither owns the tables nor bypasses RLS. */
  databaseAppUrl: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  invitationTtlSeconds: number;
  webDist: string | null;
  logLevel: string;
  bodyLimitBytes: number;
  trustProxy: boolean;
  /**
   * Redis shared by every API instance (redis://[:password@]host:port[/db]):
   * subscription events and the sign-in limit reach across instances through it.
   * Null: one instance, everything in process.
   */
  redisUrl: string | null;
  /** Cost of argon2id hashing; lowered only by the test harness to keep suites fast. */
  argon2: { memoryCost: number; timeCost: number; parallelism: number };
  /** OPSPLAN_TEST_HOOKS=true: the test-only IPC hooks of common/test-hooks.ts are live. Never in production. */
  testHooks: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
export const APP_DB_ROLE = 'opsplan_app';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = required(env, 'DATABASE_URL');
  const appPassword = env.DATABASE_APP_PASSWORD ?? (production ? undefined : 'opsplan-app-local');
  const databaseAppUrl =
    env.DATABASE_APP_URL ?? (appPassword ? withCredentials(databaseUrl, APP_DB_ROLE, appPassword) : required(env, 'DATABASE_APP_URL'));
  const redisUrl = env.REDIS_URL || null;
  // A secret made up at start is this process's alone: another instance would refuse its tokens.
  const jwtSecret = env.JWT_SECRET ?? (production || redisUrl ? required(env, 'JWT_SECRET') : randomBytes(32).toString('hex'));
  if (production && jwtSecret.length < 32) throw new Error('JWT_SECRET must be at least 32 characters.');
  const testHooks = env.OPSPLAN_TEST_HOOKS === 'true';
  // The hooks let whoever started the process pause its transactions: an operator's mistake, never a setting.
  if (production && testHooks) throw new Error('OPSPLAN_TEST_HOOKS is for tests only; unset it in production.');
  return {
    production,
    port: int(env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    databaseAppUrl,
    jwtSecret,
    accessTokenTtlSeconds: int(env.ACCESS_TOKEN_TTL_SECONDS, 15 * 60),
    refreshTokenTtlSeconds: int(env.REFRESH_TOKEN_TTL_SECONDS, 30 * 24 * 3600),
    invitationTtlSeconds: int(env.INVITATION_TTL_SECONDS, 7 * 24 * 3600),
    webDist: env.WEB_DIST ?? null,
    logLevel: env.LOG_LEVEL ?? (production ? 'info' : 'info'),
    bodyLimitBytes: int(env.BODY_LIMIT_BYTES, 256 * 1024),
    trustProxy: env.TRUST_PROXY === 'true',
    redisUrl,
    argon2: {
      memoryCost: int(env.ARGON2_MEMORY_KIB, 19 * 1024),
      timeCost: int(env.ARGON2_TIME_COST, 2),
      parallelism: 1,
    },
    testHooks,
  };
}

export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} must be set.`);
  return value;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number.parseInt(value, 10);
  if (!Number.isFinite(parsed)) throw new Error(`Expected a whole number, got "${value}".`);
  return parsed;
}
