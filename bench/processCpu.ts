import fs from 'node:fs';

// /proc reports CPU in clock ticks; Linux fixes USER_HZ at 100 on every architecture we run on.
const TICKS_PER_SECOND = 100;

/**
 * The CPU time (user + system, in ms) a process has used so far, from /proc/<pid>/stat; read it
 * before and after a measurement to get what the measurement cost that process. NaN where /proc
 * is missing (not Linux).
 */
export function processCpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}
