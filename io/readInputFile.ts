// Reading a file a user named (a scenario, an experiment, a story) without trusting what is there.
// The one reader for the CLI and the app. Only a regular file is read: a folder, a device such as
// /dev/zero (endless) or a named pipe (which blocks until someone writes) is refused before a byte
// is read. The size limit is enforced while reading, so a file that grows, or lies about its size,
// is still cut off at `maxBytes` + 1 bytes.
// How a FIFO cannot hang: the type is checked with stat() before opening, and again with fstat()
// on the open file (the name could be swapped in between); the file is opened with O_NONBLOCK, so
// even opening a FIFO returns at once instead of waiting for a writer.
// Invariants: never holds more than maxBytes + 1 bytes of the file; every failure is an
// InputFileError whose `reason` is a short phrase with no byte of the file in it.
import { constants, type Stats } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { describeNonRegular } from './fileKind';
import { megabytes } from '../formats/megabytes';

export type InputFileFs = Pick<typeof nodeFs, 'stat' | 'open'>;

export type InputFileProblem = 'missing' | 'denied' | 'folder' | 'not-regular' | 'too-large' | 'unreadable';

export class InputFileError extends Error {
  override name = 'InputFileError';
  constructor(
    readonly file: string,
    readonly problem: InputFileProblem,
    /** A short phrase for "cannot read <file>: <reason>". */
    readonly reason: string,
    /** For 'too-large': at least this many bytes. */
    readonly sizeAtLeast?: number,
  ) {
    super(`cannot read ${file}: ${reason}`);
  }
}

const READ_CHUNK_BYTES = 64 * 1024;
/** O_NONBLOCK does not exist on Windows (where opening a pipe by name does not block either). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function fromErrno(file: string, error: unknown): InputFileError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputFileError(file, 'missing', 'no such file');
  if (code === 'EACCES' || code === 'EPERM') return new InputFileError(file, 'denied', 'permission denied');
  if (code === 'EISDIR') return new InputFileError(file, 'folder', 'it is a folder, not a file');
  return new InputFileError(file, 'unreadable', code ?? (error instanceof Error ? error.message : String(error)));
}

function checkRegular(file: string, stats: Stats, maxBytes: number): void {
  if (stats.isDirectory()) throw new InputFileError(file, 'folder', 'it is a folder, not a file');
  if (!stats.isFile()) throw new InputFileError(file, 'not-regular', describeNonRegular(stats));
  if (stats.size > maxBytes) throw tooLarge(file, stats.size, maxBytes);
}

function tooLarge(file: string, sizeAtLeast: number, maxBytes: number): InputFileError {
  return new InputFileError(file, 'too-large', `it is too large (${megabytes(sizeAtLeast)}; the limit is ${megabytes(maxBytes)})`, sizeAtLeast);
}

/** The file's bytes, at most `maxBytes` of them; anything else is an InputFileError. */
export async function readInputFile(file: string, maxBytes: number, fs: InputFileFs = nodeFs): Promise<Uint8Array> {
  try {
    checkRegular(file, (await fs.stat(file)) as Stats, maxBytes);
    const handle = await fs.open(file, OPEN_FLAGS);
    try {
      checkRegular(file, (await handle.stat()) as Stats, maxBytes);
      return await readCapped(file, handle, maxBytes);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw error instanceof InputFileError ? error : fromErrno(file, error);
  }
}

async function readCapped(file: string, handle: nodeFs.FileHandle, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // One byte past the cap tells a file at the limit from one over it.
  while (total <= maxBytes) {
    const chunk = new Uint8Array(Math.min(READ_CHUNK_BYTES, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  if (total > maxBytes) throw tooLarge(file, total, maxBytes);
  return Buffer.concat(chunks, total);
}
