import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A second process on the same embedded data folder: it would write where the first never reads. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`the embedded database in ${shown(dataDir)} is in use by process ${pid}; stop it or use DATABASE_URL`);
  }
}

/** The folder as the operator named it: relative to where they ran npm when it is inside. */
function shown(dataDir: string): string {
  const relative = path.relative(process.env.INIT_CWD ?? process.cwd(), dataDir);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? `./${relative}` : dataDir;
}

const LOCK_FILE = 'liaison.lock';

function holderOf(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Makes this process the only one using the embedded database in `dataDir`: a lock file holding
 * its PID, created atomically, taken over when its process is gone, removed at exit. Throws a
 * DataDirInUseError when another live process holds it. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const lock = path.join(dataDir, LOCK_FILE);
  const candidate = `${lock}.${process.pid}`;
  writeFileSync(candidate, `${process.pid}\n`);
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        linkSync(candidate, lock); // fails when the lock exists: only one process can create it
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = holderOf(lock);
      if (holder === process.pid) break;
      if (holder !== undefined && isRunning(holder)) throw new DataDirInUseError(dataDir, holder);
      // A stale lock (its process is gone, or it was left empty): set it aside, then try again.
      try {
        renameSync(lock, `${lock}.stale.${process.pid}`);
        rmSync(`${lock}.stale.${process.pid}`, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  } finally {
    rmSync(candidate, { force: true });
  }
  const holder = holderOf(lock);
  if (holder !== process.pid) {
    if (holder !== undefined) throw new DataDirInUseError(dataDir, holder);
    throw new Error(`could not lock the embedded database in ${shown(dataDir)}`);
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    try {
      if (holderOf(lock) === process.pid) unlinkSync(lock);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.on('exit', release);
  return release;
}
