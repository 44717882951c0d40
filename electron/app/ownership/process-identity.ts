// Who a process is, beyond its pid: pids are reused, so a lock names its owner by pid *and* by a mark of when that
// process started. A later process that happens to get the same pid has another start mark and is not mistaken for
// the owner. Where the start of another process cannot be read (Windows), the pid alone decides, which errs on the
// side of refusing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let bootId: string | undefined | null = null;

/** Linux: changes at every boot, so a start time from before a reboot never matches one after it. */
function linuxBootId(): string | undefined {
  if (bootId === null) {
    try {
      bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    } catch {
      bootId = undefined;
    }
  }
  return bootId;
}

/** Field 22 of /proc/<pid>/stat: the process's start time in clock ticks since boot. The name (field 2) may hold spaces and parentheses, so fields are counted after the last ')'. */
function linuxStartTicks(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

/** macOS and the BSDs: `ps` prints the start time to the second. */
function psStartTime(pid: number): string | undefined {
  try {
    const out = execFileSync('ps', ['-o', 'lstart=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    return out || undefined;
  } catch {
    return undefined;
  }
}

/** A string that differs between two processes that had the same pid; undefined when this platform cannot tell. */
export function processStartMark(pid: number): string | undefined {
  if (process.platform === 'linux') {
    const ticks = linuxStartTicks(pid);
    return ticks ? `${linuxBootId() ?? 'boot'}:${ticks}` : undefined;
  }
  if (process.platform === 'darwin' || process.platform.endsWith('bsd')) return psStartTime(pid);
  return undefined;
}

/** True when a process with this pid exists (EPERM: it exists but belongs to another user). */
export function pidExists(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Is the process that wrote `{pid, startMark}` still running? A pid now held by a process that started later is not it. */
export function isSameProcessAlive(pid: number, startMark: string | undefined): boolean {
  if (!pidExists(pid)) return false;
  if (startMark === undefined) return true;
  const now = processStartMark(pid);
  return now === undefined || now === startMark;
}
