// CPU time spent by processes, from /proc (Linux): how much work one request
// costs the API and PostgreSQL, a figure that, unlike latency, does not
// depend on what else the machine is doing.
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/**
 * utime + stime in ms of every process whose command line matches `test`;
 * with `withExitedChildren`, also the CPU of its children that have ended
 * (cutime + cstime), which the kernel adds to the parent once it reaps them.
 */
export function cpuMs(test, { withExitedChildren = false } = {}) {
  let total = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (!test(cmdline, Number(pid))) continue;
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      total += (Number(fields[11]) + Number(fields[12]) + (withExitedChildren ? Number(fields[13]) + Number(fields[14]) : 0)) * TICK_MS;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/**
 * PostgreSQL's CPU: its live processes, plus the backends that ended during
 * the measurement, which only the server process still accounts for. Every
 * server on the machine counts, so measure on an otherwise idle one.
 */
const postgresCpuMs = () =>
  cpuMs((cmd) => cmd.startsWith('postgres: ')) + cpuMs((cmd) => /\/postgres -D /.test(cmd), { withExitedChildren: true });

/** Runs `work` (which reports `requests`) and adds the API's and PostgreSQL's CPU ms per request. */
export async function withCpu(apiPid, _database, work) {
  const api = () => cpuMs((_cmd, pid) => pid === apiPid);
  const pg = postgresCpuMs;
  const [api0, pg0] = [api(), pg()];
  const result = await work();
  const per = (ms) => Math.round((ms / Math.max(1, result.requests)) * 100) / 100;
  return { ...result, apiCpuMs: per(api() - api0), pgCpuMs: per(pg() - pg0) };
}
