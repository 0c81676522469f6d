// `npm start`: build what is missing or stale, start an embedded PostgreSQL
// (data in ./.data/pg) unless DATABASE_URL is set, migrate, seed the demo
// organisation on first start (never in production), serve on PORT (3000).
import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startEmbeddedPostgres } from './db/embedded.mjs';
import { API_MAIN, API_NODE_FLAGS, DEV_NODE_FLAGS } from './api-process.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.env.NODE_ENV === 'production';
const port = Number(process.env.PORT ?? 3000);
const dataDir = path.join(root, '.data');
const apiMain = path.join(root, API_MAIN);
const webDist = path.join(root, 'dist/apps/web');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

function build() {
  const node = process.execPath;
  execFileSync(node, [path.join(root, 'tools/build-api.mjs')], { stdio: 'inherit', cwd: root });
  const index = path.join(webDist, 'index.html');
  const sources = Math.max(newestMtime(path.join(root, 'apps/web/src')), newestMtime(path.join(root, 'libs/domain/src')));
  if (!fs.existsSync(index) || fs.statSync(index).mtimeMs < sources) {
    console.log('building the web app…');
    execFileSync(node, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], {
      stdio: 'inherit',
      cwd: root,
    });
  }
}

async function ensureDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
  if (!rowCount) await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function devSecret() {
  // A stable secret for this data folder so that restarts keep people signed in.
  const file = path.join(dataDir, 'jwt-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

async function main() {
  if (!process.argv.includes('--no-build')) build();
  const env = { ...process.env, PORT: String(port), WEB_DIST: webDist };
  let embedded = null;
  if (!process.env.DATABASE_URL) {
    if (production) throw new Error('Set DATABASE_URL in production; the embedded database is for local use.');
    fs.mkdirSync(dataDir, { recursive: true });
    console.log('starting PostgreSQL (data in ./.data/pg)…');
    embedded = await startEmbeddedPostgres({ dir: path.join(dataDir, 'pg'), persistent: true });
    env.DATABASE_URL = await ensureDatabase(embedded.url, 'opsplan');
  }
  if (!production && !env.JWT_SECRET) {
    fs.mkdirSync(dataDir, { recursive: true });
    env.JWT_SECRET = devSecret();
  }

  const api = spawn(process.execPath, [...API_NODE_FLAGS, ...(production ? [] : DEV_NODE_FLAGS), apiMain], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    api.kill('SIGTERM');
    await new Promise((resolve) => (api.exitCode !== null ? resolve() : api.once('exit', resolve)));
    if (embedded) {
      await embedded.stop();
      console.log('PostgreSQL stopped.');
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  api.on('exit', (code) => void stop(code ?? 1));
  api.on('message', async (message) => {
    if (message?.type !== 'listening') return;
    let seeded = false;
    if (!production && process.env.OPSPLAN_SEED !== 'false') {
      try {
        const { seedDemo } = await importBuilt('tools/seed-demo.js');
        seeded = await seedDemo(env.DATABASE_URL);
        if (seeded) {
          // The plan goes in through the API, so its roll-ups and audit trail are the real thing;
          // only the weeks of progress history before today are written directly.
          const { seedDemoPlan, httpGraphQL } = await importBuilt('tools/seed-demo-plan.js');
          await seedDemoPlan(httpGraphQL(`http://127.0.0.1:${port}`), env.DATABASE_URL);
        }
      } catch (error) {
        console.error('Could not create the demo organisation:', error);
        await stop(1);
        return;
      }
    }
    await banner(seeded);
  });
}

/** The built API is CommonJS: its exports arrive as the default export. */
async function importBuilt(relative) {
  const mod = await import(path.join(root, 'dist/apps/api/apps/api/src', relative));
  return mod.default ?? mod;
}

async function banner(seeded) {
  const lines = [``, `  OpsPlan is running at http://localhost:${port}`, `  GraphQL: http://localhost:${port}/graphql · health: /health · metrics: /metrics`];
  if (!production) {
    const { DEMO_PEOPLE, DEMO_PASSWORD } = await importBuilt('tools/seed-demo.js');
    lines.push(seeded ? `  Demo organisation created. Sign in as:` : `  Demo sign-ins (if the demo organisation is still there):`);
    for (const p of DEMO_PEOPLE) lines.push(`    ${p.role.padEnd(10)} ${p.email.padEnd(34)} ${DEMO_PASSWORD}`);
  }
  lines.push(`  Press Ctrl-C to stop.`, ``);
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
