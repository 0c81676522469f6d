// CPU time spent by processes, from /proc (Linux): how much work one request
// costs the API and PostgreSQL, a figure that, unlike latency, does not
// depend on what else the machine is doing.
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** utime + stime in ms of every process whose command line matches `test`. */
export function cpuMs(test) {
  let total = 0;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (!test(cmdline, Number(pid))) continue;
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

/** Runs `work` (which reports `requests`) and adds the API's and PostgreSQL's CPU ms per request. */
export async function withCpu(apiPid, database, work) {
  const api = () => cpuMs((_cmd, pid) => pid === apiPid);
  const pg = () => cpuMs((cmd) => cmd.startsWith('postgres: ') && cmd.includes(` ${database} `));
  const [api0, pg0] = [api(), pg()];
  const result = await work();
  const per = (ms) => Math.round((ms / Math.max(1, result.requests)) * 100) / 100;
  return { ...result, apiCpuMs: per(api() - api0), pgCpuMs: per(pg() - pg0) };
}
