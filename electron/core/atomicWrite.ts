// Saving a file so that a crash, a full disk or a power cut never leaves a half-written file where a
// good one was: write a temporary file beside the target, flush it to disk, then rename it over the
// target (rename is atomic within one file system, which "beside the target" guarantees), then
// flush the folder so that the rename itself survives a power cut.
// Invariants: the target holds either its old contents or the whole new contents; the temporary
// file never outlives a failed save; with `backup`, <target>.bak holds the previous version whole
// (it is made the same way: copy to a temporary file, then rename).
// Windows: an antivirus scanner, the search indexer or a sync tool may hold the target open for a
// moment, and the rename then fails with EPERM, EBUSY or EACCES; it is retried a few times with a
// short backoff before giving up.
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

/** The file-system calls a save makes, injectable so that tests can make any of them fail. */
export type AtomicFs = Pick<typeof nodeFs, 'open' | 'rename' | 'rm' | 'copyFile'>;

export interface AtomicWriteOptions {
  /** Keep the previous version of the target as <target>.bak. */
  backup?: boolean;
  fs?: AtomicFs;
  /** Waits between rename attempts (injectable so that tests do not wait). */
  sleep?: (ms: number) => Promise<void>;
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

function tempPathBeside(filePath: string, tag: string): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${tag}.${randomBytes(6).toString('hex')}.tmp`);
}

async function writeAndFlush(fs: AtomicFs, filePath: string, contents: string | Uint8Array): Promise<void> {
  const handle = await fs.open(filePath, 'wx');
  try {
    await handle.writeFile(contents);
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

export async function writeFileAtomic(filePath: string, contents: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const sleep = options.sleep ?? defaultSleep;
  const temp = tempPathBeside(filePath, 'new');
  try {
    await writeAndFlush(fs, temp, contents);
    if (options.backup) await keepBackup(fs, filePath, sleep);
    await renameWithRetry(fs, temp, filePath, sleep);
  } catch (error) {
    await removeQuietly(fs, temp);
    throw error;
  }
  await syncFolder(fs, path.dirname(filePath));
}
