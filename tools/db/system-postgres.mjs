// A throw-away PostgreSQL cluster from the programs installed on this machine
// (Debian's /usr/lib/postgresql/<major>/bin), for a test that needs a server of
// a given major version: the backup test, when the embedded server is newer
// than any pg_dump installed.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findPrograms } from './pg-binaries.mjs';
import { freePort } from './free-port.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** PostgreSQL refuses to run as root: as root, its programs run as the `postgres` system user. */
function runAs() {
  if (!isRoot) return {};
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('Running as root, PostgreSQL needs a `postgres` system user (Debian’s postgresql package creates it).');
  }
}

/**
 * Starts a cluster of `major` in a fresh temporary folder; returns its superuser URL, a stop that deletes it,
 * and `pgCtl(action, args)`, which runs `pg_ctl action` on it without blocking (the faults suite stops and
 * starts it while its requests go on); `start` gets the cluster's port and settings again.
 */
export async function startSystemPostgres(major, { log = () => {} } = {}) {
  const initdb = findPrograms('initdb').find((p) => p.major === major);
  if (!initdb) throw new Error(`PostgreSQL ${major}'s server programs (initdb, pg_ctl) are not installed: apt-get install postgresql-${major}`);
  const pgCtl = path.join(initdb.dir, 'pg_ctl');
  const user = runAs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `opsplan-pg${major}-`));
  fs.chmodSync(dir, 0o755);
  if (isRoot) fs.chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, 'data');
  const port = await freePort();
  const run = (program, args) => execFileSync(program, args, { ...user, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  // Trust on loopback only: a cluster that lives for one test run and listens nowhere else.
  log(run(initdb.file, ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']));
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c jit=off -c max_connections=100 -c fsync=off`;
  const startArgs = ['-l', path.join(dir, 'server.log'), '-o', options];
  log(run(pgCtl, ['-D', data, ...startArgs, '-w', 'start']));
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    major,
    pgCtl: (action, args = []) =>
      new Promise((resolve, reject) => {
        const all = ['-D', data, ...(action === 'start' ? startArgs : []), ...args, action];
        execFile(pgCtl, all, { ...user, cwd: dir, encoding: 'utf8' }, (error, stdout, stderr) => (error ? reject(new Error(`pg_ctl ${action}: ${stderr || error.message}`)) : resolve(stdout)));
      }),
    async stop() {
      try {
        run(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
