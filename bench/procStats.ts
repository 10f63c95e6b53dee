import { readFileSync } from 'node:fs';

// Linux's /proc, for measuring another process: its CPU time (steadier than wall time on a
// shared machine) and its memory.
const TICKS_PER_SECOND = 100;

/** User + system CPU time of a live process so far, in milliseconds (10 ms resolution). */
export function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** A live process's resident set now, in MB. */
export function rssMBOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? '0') / 1024;
}
