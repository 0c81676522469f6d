// `npm run bench`: measured figures for the budgets the issues name, written
// to bench/report.md and bench/report.json. Not part of `npm test`.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import pg from 'pg';
import { createDatabase, freePort, startThrowawayPostgres } from '../db/embedded.mjs';
import { API_MAIN, API_NODE_FLAGS } from '../api-process.mjs';
import { benchCascade, CASCADE_TARGETS, seedForBench } from './cascade.mjs';
import { benchMix, mixLines } from './mix.mjs';
import { graphqlLoad } from './http-load.mjs';
import { withCpu } from './cpu.mjs';
import { benchBudgetEngine } from './budget-engine.mjs';
import { benchBudgetBrowser } from './budget-browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const apiMain = path.join(root, API_MAIN);
const webDist = path.join(root, 'dist/apps/web');

function build() {
  execFileSync(process.execPath, ['tools/build-api.mjs'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}

/** Gzip size of the JavaScript the sign-in page loads before it can render. */
function initialJs() {
  const html = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gz = (f) => zlib.gzipSync(fs.readFileSync(path.join(webDist, f)), { level: 9 }).length;
  let gzip = 0;
  for (const f of new Set(files)) gzip += gz(f);
  // The first render also waits for one language's strings (apps/web/src/i18n): count the larger dictionary.
  const dictionaries = fs.readdirSync(path.join(webDist, 'assets')).filter((f) => /^(en|zh-CN)-[\w-]+\.js$/.test(f)).map((f) => `assets/${f}`);
  const largest = dictionaries.sort((a, b) => gz(b) - gz(a))[0];
  if (largest) gzip += gz(largest);
  return { files: [...new Set(files), ...(largest ? [largest] : [])], gzipKb: Math.round(gzip / 102.4) / 10 };
}

/** `--mix-only` and the like: run one part of the benchmark while working on it. */
const only = (part) => process.argv.includes(`--${part}-only`);

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function gql(base, query, variables = {}, token) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/** `connections` concurrent loops for `ms`, returning latency percentiles and throughput. */
async function load(fn, { connections = 10, ms = 5000 } = {}) {
  const latencies = [];
  let errors = 0;
  const end = Date.now() + ms;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        try {
          await fn();
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const r = (x) => Math.round(x * 100) / 100;
  return { requests: latencies.length, rps: Math.round(latencies.length / (ms / 1000)), p50: r(percentile(latencies, 50)), p95: r(percentile(latencies, 95)), errors };
}

async function main() {
  if (!process.argv.includes('--no-build')) build();
  const db = await startThrowawayPostgres('opsplan-bench-pg-');
  const url = new URL(await createDatabase(db.url, 'opsplan_bench'));
  const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: url.toString(), DATABASE_APP_PASSWORD: 'bench-app-password', JWT_SECRET: 'b'.repeat(48), LOG_LEVEL: 'warn', HOST: '127.0.0.1', WEB_DIST: webDist, TRUST_PROXY: 'true' };

  // First run applies the migrations; the measured start is a normal restart.
  const report = { machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, date: new Date().toISOString() } };
  let port = await freePort();
  let api = spawn(process.execPath, [...API_NODE_FLAGS, apiMain], { env: { ...env, PORT: String(port) }, stdio: 'inherit' });
  await until(() => fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok));
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));

  port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  api = spawn(process.execPath, [...API_NODE_FLAGS, apiMain], { env: { ...env, PORT: String(port), MIGRATE_ON_START: 'false' }, stdio: 'inherit' });
  await until(() => gql(base, '{ __typename }').then((b) => b.data?.__typename === 'Query'), 5);
  report.startupMs = Math.round(performance.now() - started);

  try {
    const email = `bench-${Date.now()}@example.com`;
    const password = 'bench-password-42';
    const signUp = await gql(base, `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, { i: { email, password, displayName: 'Bench' } });
    const created = await gql(base, `mutation { createOrganization(input: { name: "Bench" }) { accessToken } }`, {}, signUp.data.signUp.accessToken);
    const token = created.data.createOrganization.accessToken;
    const membersQuery = { query: `{ members { id role user { displayName } department { name } } departments { id name manager { id } } }` };
    const measured = (operation, opts) => withCpu(api.pid, url.pathname.slice(1), () => graphqlLoad(base, token, operation, opts));
    await graphqlLoad(base, token, membersQuery, { connections: 4, seconds: 2 }); // warm-up (JIT, pools)
    report.membersAndDepartments = await measured(membersQuery, { connections: 10, seconds: 5 });
    // Where the time goes: the HTTP + GraphQL stack alone, then one authenticated read.
    report.typename = await measured({ query: '{ __typename }' }, { connections: 10, seconds: 3 });
    report.viewer = await measured({ query: '{ viewer { user { id } } }' }, { connections: 10, seconds: 3 });
    const status = fs.readFileSync(`/proc/${api.pid}/status`, 'utf8');
    report.rssMb = Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    const gauge = (name) => Math.round(Number(new RegExp(`^${name} (\\S+)`, 'm').exec(metrics)?.[1] ?? 0) / 1048576);
    report.heapMb = { used: gauge('opsplan_nodejs_heap_size_used_bytes'), total: gauge('opsplan_nodejs_heap_size_total_bytes'), external: gauge('opsplan_nodejs_external_memory_bytes') };

    // The floor: the same rows straight from PostgreSQL through pg, no API.
    const floorPool = new pg.Pool({ connectionString: url.toString(), max: 10 });
    const floorSql = `SELECT m.id, m.role, u.display_name, d.name FROM memberships m JOIN users u ON u.id = m.user_id LEFT JOIN departments d ON d.id = m.department_id;
                      SELECT d.id, d.name, d.manager_id FROM departments d`;
    report.floor = await load(() => floorPool.query(floorSql), { connections: 10, ms: 3000 });
    await floorPool.end();

    if (!process.argv.includes('--foundation-only')) {
      const log = (m) => console.log(m);
      const org = await seedForBench(url.toString(), log);
      if (!only('mix')) {
        report.cascade = await benchCascade({ base, ownerUrl: url.toString(), gql, load, apiPid: api.pid, database: url.pathname.slice(1), log, org });
        report.rssAfterCascadeMb = Math.round(Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${api.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
      }
      report.mix = await benchMix({ base, ownerUrl: url.toString(), gql, org, log });
      if (!only('mix')) report.budgetBrowser = await benchBudgetBrowser({ base, gql, token, email, password, log });
    }
  } finally {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
    await db.stop();
  }
  // The budget engine (issue 5) on its own: pure computation, no server.
  report.budgetEngine = {
    mixed: benchBudgetEngine(),
    monthByMonth: benchBudgetEngine({ revenue: 1000, costs: 0, positions: 0 }),
  };
  report.signInPageJs = initialJs();
  report.budgets = {
    startupMs: { value: report.startupMs, limit: 1500, ok: report.startupMs <= 1500 },
    rssMb: { value: report.rssMb, limit: 200, ok: report.rssMb <= 200 },
    signInJsGzipKb: { value: report.signInPageJs.gzipKb, limit: 250, ok: report.signInPageJs.gzipKb <= 250 },
  };
  writeReport(report);
}

async function until(check, everyMs = 100, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch {
      // not ready yet
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error('timed out waiting for the API');
}

function cascadeLines(cascade) {
  if (!cascade) return [];
  const t = CASCADE_TARGETS;
  const row = (name, label, target) => {
    const { api, floor, rows } = cascade[name];
    const ratio = Math.round((api.p50 / floor.p50) * 10) / 10;
    return `| ${label}${rows ? ` (${rows} nodes)` : ''} | ${api.rps} | ${api.p50} | ${api.p95} | ${api.errors} | ${api.apiCpuMs} + ${api.pgCpuMs} | ${floor.rps}${floor.errors ? ` (**${floor.errors} errors**)` : ''} | ${floor.p50} | ${floor.pgCpuMs} | ${ratio}× | ${target} |`;
  };
  return [
    `Plan cascade on a seeded organisation of ${cascade.seed.nodes.toLocaleString('en')} nodes (seeded in ${cascade.seed.seconds} s), 10 connections:`,
    '',
    'CPU columns: milliseconds of CPU per request, API process + PostgreSQL backends (the floor: PostgreSQL only; its client is this process).',
    '',
    '| operation | req/s | p50 ms | p95 ms | errors | CPU ms/req | floor req/s | floor p50 ms | floor PG CPU ms/req | p50 ratio | target |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    row('subtree', 'one objective’s subtree', `p50 ≤ ${t.subtree.p50}, p95 ≤ ${t.subtree.p95}, ≥ ${t.subtree.rps}/s, ≤ ${t.subtree.floorRatio}× floor`),
    row('outline', 'outline, top three levels', `p95 ≤ ${t.outline.p95}`),
    row('myWork', 'My work of one member', ''),
    row('progressUpdate', 'leaf progress update with roll-up', `≥ ${t.progressUpdate.rps}/s, p95 ≤ ${t.progressUpdate.p95}`),
    '',
  ];
}

function budgetBrowserLines(b) {
  if (!b) return [];
  return [
    `Budget page in Chromium, ${b.lines.toLocaleString('en')} lines over ${b.months} months (saved in ${b.saveMs} ms; page ready in ${b.pageMs} ms): ${b.keystrokes} keystrokes typed into a unit price, each edit previewed in the Web Worker.`,
    '',
    '| key events over 16 ms | worst input lag (key to next paint) ms | worst input delay ms | long tasks | longest task ms | target |',
    '|---|---|---|---|---|---|',
    `| ${b.slowKeyEvents} | ${b.maxInputLagMs} | ${b.maxInputDelayMs} | ${b.longTasks} | ${b.longestTaskMs} | lag ≤ ${b.targetMs} ms (${b.ok ? 'met' : '**not met**'}) |`,
    '',
  ];
}

function writeReport(report) {
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/report.json'), JSON.stringify(report, null, 2) + '\n');
  const m = report.membersAndDepartments;
  const f = report.floor;
  const lines = [
    '# OpsPlan benchmark report',
    '',
    `Machine: ${report.machine.cpus} × ${report.machine.model}, Node ${report.machine.node}, ${report.machine.date}`,
    '',
    '| budget | measured | limit | ok |',
    '|---|---|---|---|',
    ...Object.entries(report.budgets).map(([k, b]) => `| ${k} | ${b.value} | ${b.limit} | ${b.ok ? 'yes' : '**no**'} |`),
    '',
    'Load: autocannon over HTTP against the API process; the floor: the same rows by hand-written SQL through pg from this process.',
    '',
    '| read (10 connections) | req/s | p50 ms | p95 ms | errors | CPU ms/req (API + PG) |',
    '|---|---|---|---|---|---|',
    `| members + departments through the API | ${m.rps} | ${m.p50} | ${m.p95} | ${m.errors} | ${m.apiCpuMs} + ${m.pgCpuMs} |`,
    `| \`{ __typename }\` (HTTP + GraphQL, no database) | ${report.typename.rps} | ${report.typename.p50} | ${report.typename.p95} | ${report.typename.errors} | ${report.typename.apiCpuMs} + 0 |`,
    `| \`viewer\` (auth check + one transaction) | ${report.viewer.rps} | ${report.viewer.p50} | ${report.viewer.p95} | ${report.viewer.errors} | ${report.viewer.apiCpuMs} + ${report.viewer.pgCpuMs} |`,
    `| the same rows by hand-written SQL (floor) | ${f.rps} | ${f.p50} | ${f.p95} | ${f.errors} | |`,
    `| ratio API / floor (p50) | | ${Math.round((m.p50 / f.p50) * 10) / 10}× | | | |`,
    '',
    ...cascadeLines(report.cascade),
    ...mixLines(report.mix),
    ...(report.rssAfterCascadeMb ? [`API resident set after the cascade load: ${report.rssAfterCascadeMb} MB.`, ''] : []),
    '| budget engine: three scenarios incl. breakeven, 36 months, one core | median ms | p95 ms | target |',
    '|---|---|---|---|',
    `| 1,000 lines: 300 revenue (flat, typed per month, own growth), 350 cost, 350 positions | ${report.budgetEngine.mixed.medianMs} | ${report.budgetEngine.mixed.p95Ms} | < 50 |`,
    `| 1,000 revenue lines, two thirds typed month by month or with their own growth | ${report.budgetEngine.monthByMonth.medianMs} | ${report.budgetEngine.monthByMonth.p95Ms} | < 50 |`,
    '',
    ...budgetBrowserLines(report.budgetBrowser),
    `Sign-in page initial JavaScript: ${report.signInPageJs.files.join(', ')}`,
    '',
  ];
  fs.writeFileSync(path.join(root, 'bench/report.md'), lines.join('\n'));
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
