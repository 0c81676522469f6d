// `npm test`: every test in the workspace against one real PostgreSQL
// (DATABASE_URL when set, else a throw-away embedded cluster), then one
// closing line "N passed, N failed" that CI reads. Exits non-zero on any
// failure, and when a suite could not run at all.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startThrowawayPostgres } from '../db/embedded.mjs';
import { findChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'opsplan-test-reports-'));
const bin = (name) => path.join(root, 'node_modules/.bin', name);
const only = process.argv.slice(2);

const suites = [
  { name: 'domain', cmd: bin('jest'), args: ['-c', 'libs/domain/jest.config.cjs'], kind: 'jest' },
  { name: 'api', cmd: bin('jest'), args: ['-c', 'apps/api/jest.config.cjs'], kind: 'jest', env: { NODE_OPTIONS: '--experimental-vm-modules' } },
  { name: 'web', cmd: bin('vitest'), args: ['run', '--config', 'apps/web/vite.config.ts'], kind: 'vitest' },
  { name: 'web-e2e', cmd: bin('jest'), args: ['-c', 'apps/web-e2e/jest.config.cjs'], kind: 'jest', browser: true },
].filter((s) => only.length === 0 || only.includes(s.name));

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function countsFrom(suite, file) {
  if (!fs.existsSync(file)) return null;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (suite.kind === 'jest' || suite.kind === 'vitest') {
    return {
      passed: report.numPassedTests ?? 0,
      failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0),
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  }
  return null;
}

async function main() {
  const started = Date.now();
  let embedded = null;
  const env = {};
  if (!process.env.DATABASE_URL) {
    embedded = await startThrowawayPostgres('opsplan-test-pg-');
    env.DATABASE_URL = embedded.url;
  }

  const results = [];
  try {
    for (const suite of suites) {
      if (suite.browser) {
        const chromium = findChromium();
        if (!chromium) {
          const line = 'BROWSER TESTS SKIPPED: no Chromium found. Install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).';
          console.log(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}\n`);
          results.push({ name: suite.name, passed: 0, failed: process.env.CI === 'true' ? 1 : 0, skipped: 1, note: 'no Chromium' });
          continue;
        }
        env.CHROMIUM_PATH = chromium;
      }
      const out = path.join(reports, `${suite.name}.json`);
      const reportArgs = suite.kind === 'vitest' ? ['--reporter=default', '--reporter=json', `--outputFile.json=${out}`] : ['--json', `--outputFile=${out}`];
      console.log(`\n── ${suite.name} ──`);
      const code = await run(suite.cmd, [...suite.args, ...reportArgs], { ...env, ...suite.env });
      const counts = countsFrom(suite, out) ?? { passed: 0, failed: 1, skipped: 0 };
      // A runner that failed without reporting a failed test still failed.
      if (code !== 0 && counts.failed === 0) counts.failed = 1;
      results.push({ name: suite.name, ...counts });
    }
  } finally {
    if (embedded) await embedded.stop();
    // The reports were read above; every run used to leave its folder in the temp directory.
    fs.rmSync(reports, { recursive: true, force: true });
  }

  const total = results.reduce((a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
  console.log('\nsuite        passed  failed  skipped');
  for (const r of results) console.log(`${r.name.padEnd(12)} ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}${r.note ? `  (${r.note})` : ''}`);
  console.log(`total time ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(total.failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
