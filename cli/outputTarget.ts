// Output files (--out, --ledger, --money) are checked before a long run, not after it: the folder
// must exist, and the name must be a regular file (replaced atomically) or a new name. Anything
// else is refused: a folder, a device (as root, /dev/full used to be replaced by a file), a named
// pipe, a socket. A symbolic link is followed: the file it points to is replaced and the link
// stays; a link to nothing or to something that is not a regular file is refused. The writer
// (io/atomicWrite.ts) applies the same rule again when it writes.
import { statSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import { InputError } from './errors';
import { resolveWriteTarget, WriteTargetError } from '../io/writeTarget';

/** Fails before a long run, not after it, when the output file could not or should not be written. */
export async function checkOutputTarget(out: string, flag: string): Promise<void> {
  try {
    const target = await resolveWriteTarget(fsp, out);
    const folder = path.dirname(target.path);
    if (!isFolder(folder)) throw new InputError(`cannot write ${flag} ${out}: folder ${folder} does not exist`);
  } catch (error) {
    if (error instanceof WriteTargetError) throw new InputError(`cannot write ${flag} ${out}: ${error.reason}`);
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot write ${flag} ${out}: ${(error as Error).message}`);
  }
}

function isFolder(folder: string): boolean {
  try {
    return statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
