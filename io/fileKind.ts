// What is at a path, in words, for the messages of the reader and the writer that refuse anything
// but a regular file.
import type { Stats } from 'node:fs';

/** Why `stats` is not a regular file, as a phrase: "it is a folder, not a file", "it is a device, …". */
export function describeNonRegular(stats: Stats): string {
  if (stats.isDirectory()) return 'it is a folder, not a file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'it is a device, not a regular file';
  if (stats.isFIFO()) return 'it is a named pipe (FIFO), not a regular file';
  if (stats.isSocket()) return 'it is a socket, not a regular file';
  return 'it is not a regular file';
}

