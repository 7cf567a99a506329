// CPU time of processes from /proc (Linux), for benches that count more than their own process: a PostgreSQL
// cluster's, or Chromium's. Each function returns null where /proc cannot be read.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ 100 on Linux

/** Every live process: pid → its parent, its own CPU ticks and those of the children it has reaped. */
function processTicks() {
  const procs = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone since the listing
    }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    procs.set(Number(entry), { ppid: Number(f[1]), own: Number(f[11]) + Number(f[12]), reaped: Number(f[13]) + Number(f[14]) });
  }
  return procs;
}

/** A PostgreSQL cluster's CPU so far (ms): the postmaster with the children it reaped, and its live children. */
export function clusterCpuMs(masterPid) {
  try {
    let ticks = 0;
    for (const [pid, p] of processTicks()) {
      if (pid === masterPid) ticks += p.own + p.reaped;
      else if (p.ppid === masterPid) ticks += p.own;
    }
    return ticks * TICK_MS;
  } catch {
    return null;
  }
}

/** The CPU so far (ms) of this process's live descendants, the tree of `exclude` (a pid, or null) left out. */
export function descendantsCpuMs(exclude) {
  try {
    const procs = processTicks();
    const under = (pid) => {
      for (let p = pid, hops = 0; p > 1 && hops < 64; hops++) {
        if (p === exclude) return false;
        const parent = procs.get(p)?.ppid;
        if (parent === process.pid) return true;
        p = parent ?? 0;
      }
      return false;
    };
    let ticks = 0;
    for (const [pid, p] of procs) if (pid !== exclude && under(pid)) ticks += p.own;
    return ticks * TICK_MS;
  } catch {
    return null;
  }
}
