// Atomic file replacement: after writeFileAtomic returns, the target holds the whole new content;
// if it throws (disk full, killed, no permission), the target is as it was before (absent, or the
// old content) and no temporary file is left behind.
// How: write a temporary file in the same folder (rename is only atomic within one file system),
// fsync it so the data is on disk before the name points at it, rename it over the target, then
// fsync the folder (best effort) so the rename itself survives a power cut.
import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';

/** The file-system calls used, injectable so tests can make any step fail. */
export type AtomicWriteFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'unlinkSync' | 'statSync' | 'fchmodSync'
>;

export function writeFileAtomic(target: string, content: string | Uint8Array, fs: AtomicWriteFs = nodeFs): void {
  const absolute = path.resolve(target);
  const folder = path.dirname(absolute);
  const temp = path.join(folder, `.${path.basename(absolute)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const existingMode = modeOf(absolute, fs);
  // 'wx': fail rather than follow a symlink or clobber a file someone else placed at the temp name.
  const fd = fs.openSync(temp, 'wx', 0o666);
  let renamed = false;
  try {
    try {
      if (existingMode !== undefined) fs.fchmodSync(fd, existingMode);
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      let offset = 0;
      while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, absolute);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        fs.unlinkSync(temp);
      } catch {
        // The temp file may not exist; the original error is the one worth reporting.
      }
    }
  }
  syncFolder(folder);
}

function modeOf(file: string, fs: AtomicWriteFs): number | undefined {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error(`${file} is a folder, not a file`), { code: 'EISDIR' });
    return stat.mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** fsync of a folder makes a rename durable on Linux; some platforms (Windows) refuse it, which is fine. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = nodeFs.openSync(folder, 'r');
    nodeFs.fsyncSync(fd);
  } catch {
    // Best effort only.
  } finally {
    if (fd !== undefined) nodeFs.closeSync(fd);
  }
}
