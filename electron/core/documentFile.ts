// Reading a document (scenario or experiment file) the user chose, for the renderer to check with
// restoreScenario / restoreExperiment. Every way it can fail becomes a sentence for the user rather
// than an exception: a missing file, a folder, a file too large, or one that is not UTF-8 text.
// Invariant: never reads more than MAX_DOCUMENT_BYTES + 1 bytes, however large the file is or grows.
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { OpenDocumentResult } from '../ipc/contract';
import { decodeDocumentText, MAX_DOCUMENT_BYTES, tooLargeMessage } from './textDocument';

function readFailureMessage(name: string, filePath: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `“${name}” no longer exists (it was at ${filePath}). It may have been moved, renamed or deleted.`;
    case 'EACCES':
    case 'EPERM':
      return `“${name}” could not be opened: you do not have permission to read it.`;
    case 'EISDIR':
      return `“${name}” is a folder, not a file.`;
    default:
      return `“${name}” could not be read (${error.code ?? error.message}).`;
  }
}

type CappedRead = Uint8Array | { tooLarge: number } | { folder: true };

/** Reads one byte past the cap at most, so that a file that grew after stat() is caught too. */
async function readCapped(filePath: string): Promise<CappedRead> {
  const handle = await open(filePath, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { folder: true };
    if (info.size > MAX_DOCUMENT_BYTES) return { tooLarge: info.size };
    const buffer = Buffer.alloc(Math.min(info.size, MAX_DOCUMENT_BYTES) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return filled > MAX_DOCUMENT_BYTES ? { tooLarge: filled } : buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

export async function readDocumentFile(filePath: string): Promise<OpenDocumentResult> {
  const name = path.basename(filePath);
  let bytes: CappedRead;
  try {
    bytes = await readCapped(filePath);
  } catch (error) {
    return { status: 'failed', message: readFailureMessage(name, filePath, error as NodeJS.ErrnoException) };
  }
  if ('folder' in bytes) return { status: 'failed', message: `“${name}” is a folder, not a file.` };
  if ('tooLarge' in bytes) return { status: 'failed', message: tooLargeMessage(name, bytes.tooLarge) };
  const decoded = decodeDocumentText(name, bytes);
  return decoded.ok ? { status: 'opened', path: filePath, name, text: decoded.text } : { status: 'failed', message: decoded.message };
}
