// What a process and its descendants listen on, read from /proc (Linux only): the TCP ports any
// local user can connect to, and the Unix sockets with the path they are bound to. For tests that
// check a mock offers no way around its gateway.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** `root` and every process below it. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(Number(name));
    if (parent !== undefined) parents.set(Number(name), parent);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++)
    for (const [pid, parent] of parents) if (parent === tree[i] && !tree.includes(pid)) tree.push(pid);
  return tree;
}

/** The inodes of the sockets the processes hold open. */
function socketInodes(pids: readonly number[]): Set<string> {
  const inodes = new Set<string>();
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        if (inode !== undefined) inodes.add(inode);
      } catch {
        // closed meanwhile
      }
    }
  }
  return inodes;
}

/** Rows of a /proc/net table, split on whitespace, header left out. */
function rows(table: string): string[][] {
  try {
    return readFileSync(`/proc/net/${table}`, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/));
  } catch {
    return [];
  }
}

export interface Listening {
  /** TCP ports in the LISTEN state, over IPv4 and IPv6. */
  readonly tcpPorts: number[];
  /** Paths of bound Unix sockets that accept connections (abstract ones start with `@`). */
  readonly unixPaths: string[];
}

/** What `root` (default: this process) and its descendants listen on right now. */
export function listening(root = process.pid): Listening {
  const inodes = socketInodes(processTree(root));
  // tcp: sl local rem st tx:rx tr:when retrnsmt uid timeout inode; state 0A is LISTEN.
  const tcpPorts = ['tcp', 'tcp6'].flatMap((table) =>
    rows(table)
      .filter((row) => row[3] === '0A' && inodes.has(row[9]!))
      .map((row) => parseInt(row[1]!.split(':')[1]!, 16)),
  );
  // unix: Num RefCount Protocol Flags Type St Inode Path; flag 0x10000 is "accepts connections".
  const unixPaths = rows('unix')
    .filter((row) => row.length >= 8 && (parseInt(row[3]!, 16) & 0x10000) !== 0 && inodes.has(row[6]!))
    .map((row) => row.slice(7).join(' '));
  return { tcpPorts: [...new Set(tcpPorts)].sort((a, b) => a - b), unixPaths };
}
