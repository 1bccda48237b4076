// Where a save really goes, checked before anything is written. A save may replace a regular file
// or create a new one; anything else (a folder, a device such as /dev/full, a FIFO, a socket) is
// refused, because renaming a new file over it would silently replace it (as root even a device).
// A symbolic link is followed: the file it points to is replaced atomically and the link stays a
// link. A link that points nowhere is refused rather than guessed at.
// Invariant: the returned path is a regular file or a free name in an existing folder, at the time
// of the check (another program can still change it afterwards; the rename is then still atomic).
import type { Stats } from 'node:fs';
import type * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { describeNonRegular } from './fileKind';

export type WriteTargetFs = Pick<typeof nodeFs, 'lstat' | 'stat' | 'realpath'>;

export interface WriteTarget {
  /** The absolute path that will be replaced or created (a link's target, not the link). */
  path: string;
  /** The permission bits of the file being replaced, kept on its new version; absent for a new file. */
  mode?: number;
}

/** A save refused because of what is at the target; `message` says what it is and why. */
export class WriteTargetError extends Error {
  override name = 'WriteTargetError';
  constructor(
    readonly target: string,
    readonly reason: string,
  ) {
    super(`Cannot write ${target}: ${reason}.`);
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

async function statOrMissing(fs: WriteTargetFs, file: string, follow: boolean): Promise<Stats | undefined> {
  try {
    // Without { bigint: true } both return plain Stats.
    return (follow ? await fs.stat(file) : await fs.lstat(file)) as Stats;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

export async function resolveWriteTarget(fs: WriteTargetFs, file: string): Promise<WriteTarget> {
  const absolute = path.resolve(file);
  const own = await statOrMissing(fs, absolute, false);
  if (own === undefined) return { path: absolute };
  if (own.isFile()) return { path: absolute, mode: own.mode & 0o7777 };
  if (!own.isSymbolicLink()) throw new WriteTargetError(absolute, describeNonRegular(own));
  const pointed = await statOrMissing(fs, absolute, true);
  if (pointed === undefined) throw new WriteTargetError(absolute, 'it is a symbolic link to a file that does not exist');
  if (!pointed.isFile()) throw new WriteTargetError(absolute, `it is a symbolic link, and what it points to: ${describeNonRegular(pointed)}`);
  return { path: await fs.realpath(absolute), mode: pointed.mode & 0o7777 };
}
