// Saving a file so that a crash, a full disk or a power cut never leaves a half-written file where a
// good one was. The one writer for the CLI's outputs and cache and for the app's saves, exports,
// journal and settings. Steps, in this order (tests hold them to it):
//   1. check the target (writeTarget.ts): a regular file or a new name; a link is followed;
//   2. write a temporary file beside it (rename is atomic only within one file system) with the
//      old file's permissions, and fsync it, so the data is on disk before any name points at it;
//   3. with `backup`, COPY the target to a temporary file, fsync that, and rename it to <target>.bak
//      (the target is never renamed away: a save that fails after this still leaves it in place,
//      and its .bak then holds the same, current version: the one before it is given up);
//   4. rename the temporary file over the target;
//   5. fsync the folder, so that the rename itself survives a power cut;
//   6. remove our stale temp files from that folder (tempFiles.ts), left by saves that were killed.
// Invariants: the target holds either its old contents or the whole new contents; the temporary
// file never outlives a failed save; <target>.bak, when kept, holds the previous version whole.
// Windows: an antivirus scanner, the search indexer or a sync tool may hold the target open for a
// moment, and the rename then fails with EPERM, EBUSY or EACCES; it is retried a few times with a
// short backoff before giving up.
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { removeStaleTemps, sweepDue, tempPathBeside, type TempFilesFs } from './tempFiles';
import { resolveWriteTarget, type WriteTargetFs } from './writeTarget';

/** The file-system calls a save makes, injectable so that tests can fail or record any of them. */
export type AtomicFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm' | 'copyFile'> & WriteTargetFs & TempFilesFs;

export interface AtomicWriteOptions {
  /** Keep the previous version of the target as <target>.bak. */
  backup?: boolean;
  fs?: AtomicFs;
  /** Waits between rename attempts (injectable so that tests do not wait). */
  sleep?: (ms: number) => Promise<void>;
  /** Wall-clock milliseconds, to judge which temp files are stale (injectable for tests). */
  now?: () => number;
}

/** Waits before each retry of a refused rename: 7 attempts within about 1.5 s. */
export const RENAME_RETRY_DELAYS_MS = [25, 50, 100, 200, 400, 700] as const;
const TRANSIENT_RENAME_ERRORS = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** Platforms and file systems that cannot open or flush a folder (Windows: EISDIR/EPERM). */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP', 'EBADF']);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** Best effort: a failed clean-up must not hide the error that made it necessary. */
async function removeQuietly(fs: AtomicFs, filePath: string): Promise<void> {
  await fs.rm(filePath, { force: true }).catch(() => undefined);
}

async function writeAndFlush(fs: AtomicFs, filePath: string, contents: string | Uint8Array, mode: number | undefined): Promise<void> {
  const handle = await fs.open(filePath, 'wx');
  try {
    await handle.writeFile(contents);
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * copyFile does not flush: open the copy and fsync it, so the backup is whole after a power cut.
 * Opened for writing too ('r+', nothing is written): Windows refuses to flush a read-only handle (EPERM).
 */
async function flushExisting(fs: AtomicFs, filePath: string): Promise<void> {
  const handle = await fs.open(filePath, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function renameWithRetry(fs: AtomicFs, from: string, to: string, sleep: (ms: number) => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = errorCode(error);
      if (!code || !TRANSIENT_RENAME_ERRORS.has(code)) throw error;
      if (attempt >= RENAME_RETRY_DELAYS_MS.length) {
        throw Object.assign(
          new Error(
            `Could not replace ${to}: ${code} after ${attempt + 1} attempts. Another program (an antivirus scanner, ` +
              'a backup or sync tool) may be holding the file, or the folder is read-only.',
            { cause: error },
          ),
          { code },
        );
      }
      await sleep(RENAME_RETRY_DELAYS_MS[attempt]);
    }
  }
}

/** Copies the current target to <target>.bak, whole or not at all; nothing to do for a new file. */
async function keepBackup(fs: AtomicFs, filePath: string, sleep: (ms: number) => Promise<void>): Promise<void> {
  const temp = tempPathBeside(filePath, 'bak');
  try {
    await fs.copyFile(filePath, temp);
  } catch (error) {
    await removeQuietly(fs, temp);
    if (errorCode(error) === 'ENOENT') return;
    throw error;
  }
  try {
    await flushExisting(fs, temp);
    await renameWithRetry(fs, temp, `${filePath}.bak`, sleep);
  } catch (error) {
    await removeQuietly(fs, temp);
    throw error;
  }
}

async function syncFolder(fs: AtomicFs, dir: string): Promise<void> {
  let handle: nodeFs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    if (!code || !FOLDER_SYNC_UNSUPPORTED.has(code)) throw error;
  } finally {
    await handle?.close();
  }
}

/** Replaces (or creates) `filePath` whole; see the steps above. Throws WriteTargetError for a target that is not a regular file. */
export async function writeFileAtomic(filePath: string, contents: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const sleep = options.sleep ?? defaultSleep;
  const target = await resolveWriteTarget(fs, filePath);
  const temp = tempPathBeside(target.path, 'new');
  try {
    await writeAndFlush(fs, temp, contents, target.mode);
    if (options.backup) await keepBackup(fs, target.path, sleep);
    await renameWithRetry(fs, temp, target.path, sleep);
  } catch (error) {
    await removeQuietly(fs, temp);
    throw error;
  }
  const folder = path.dirname(target.path);
  await syncFolder(fs, folder);
  const nowMs = (options.now ?? Date.now)();
  if (sweepDue(folder, nowMs)) await removeStaleTemps(fs, folder, nowMs);
}
