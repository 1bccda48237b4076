// The names of our temporary files, and the removal of stale ones. A save writes
// .<name>.<new|bak>.<12 hex>.tmp beside its target; a save that was killed (power cut, kill -9)
// leaves that full-size hidden file behind. After the next save to the same folder succeeds, temp
// files of our own naming pattern in that folder that have not been touched for STALE_TEMP_AGE_MS
// are removed: a save in progress (ours or another process's) writes its temp file within seconds,
// so anything that old belongs to a save that will never finish.
// A folder is swept at most once per STALE_TEMP_AGE_MS by one process (sweepDue), so a stream of
// saves into a large folder (the CLI's cache) does not list it again for every file.
// Invariants: only that one folder is looked at (no recursion); only regular files whose name
// matches our pattern are removed (never a link, a folder or anybody else's file); failures are
// ignored, because the save itself has already succeeded.
import { randomBytes } from 'node:crypto';
import type * as nodeFs from 'node:fs/promises';
import path from 'node:path';

export type TempFilesFs = Pick<typeof nodeFs, 'readdir' | 'lstat' | 'rm'>;

/** A temp file untouched for this long belongs to a save that was killed. */
export const STALE_TEMP_AGE_MS = 15 * 60 * 1000;

/** Our pattern, and the CLI's older one (.<name>.<pid>.<8 hex>.tmp), which killed saves also left. */
const OUR_TEMP_NAME = /^\..+\.(?:(?:new|bak)\.[0-9a-f]{12}|\d+\.[0-9a-f]{8})\.tmp$/;

export function tempPathBeside(filePath: string, tag: 'new' | 'bak'): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${tag}.${randomBytes(6).toString('hex')}.tmp`);
}

function isOurTempName(name: string): boolean {
  return OUR_TEMP_NAME.test(name);
}

const lastSweepMs = new Map<string, number>();

/** Whether `folder` is due a sweep (none by this process within STALE_TEMP_AGE_MS); if so, notes it as swept now. */
export function sweepDue(folder: string, nowMs: number): boolean {
  const last = lastSweepMs.get(folder);
  if (last !== undefined && nowMs - last < STALE_TEMP_AGE_MS && nowMs >= last) return false;
  lastSweepMs.set(folder, nowMs);
  return true;
}

/** Removes our stale temp files from `folder`; returns the names removed. Never throws. */
export async function removeStaleTemps(fs: TempFilesFs, folder: string, nowMs: number): Promise<string[]> {
  let names: string[];
  try {
    names = (await fs.readdir(folder)).map(String);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter(isOurTempName).sort()) {
    const file = path.join(folder, name);
    try {
      const stats = await fs.lstat(file);
      if (!stats.isFile() || nowMs - stats.mtimeMs < STALE_TEMP_AGE_MS) continue;
      await fs.rm(file, { force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
  return removed;
}
